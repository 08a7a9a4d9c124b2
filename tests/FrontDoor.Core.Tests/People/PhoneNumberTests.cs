using FrontDoor.Core.People;

namespace FrontDoor.Core.Tests.People;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("07700 900123", "+447700900123", true)]
    [InlineData("+44 7700 900123", "+447700900123", true)]
    [InlineData("(0116) 305 0004", "+441163050004", false)]
    [InlineData("0044 116 305 0004", "+441163050004", false)]
    public void TryParse_WithUkNumber_NormalisesToE164(string input, string e164, bool mobile)
    {
        Assert.True(PhoneNumber.TryParse(input, out var number, out var error), error);
        Assert.Equal(e164, number.Value);
        Assert.Equal(mobile, number.IsMobile);
    }

    [Theory]
    [InlineData("")]
    [InlineData("123")]
    [InlineData("call me maybe")]
    [InlineData("0116 305 0004 0116 305 0004 0116 305 0004 0116")]
    public void TryParse_WithNonsense_Refuses(string input) =>
        Assert.False(PhoneNumber.TryParse(input, out _, out _));
}
