using FrontDoor.Web.Components;

namespace FrontDoor.Web.Tests.Components;

public sealed class SentenceTextTests
{
    [Theory]
    [InlineData("Their NHS number", "their NHS number")]
    [InlineData("NHS number", "NHS number")]
    [InlineData("GP practice", "GP practice")]
    [InlineData("Date of birth", "date of birth")]
    [InlineData("What is your name?", "what is your name?")]
    [InlineData("", "")]
    public void MidSentence_LowersOnlyTheFirstLetter_AndKeepsAbbreviations(string label, string expected) =>
        Assert.Equal(expected, SentenceText.MidSentence(label));
}
