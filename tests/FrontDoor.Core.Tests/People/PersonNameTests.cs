using FrontDoor.Core.People;

namespace FrontDoor.Core.Tests.People;

public class PersonNameTests
{
    [Theory]
    [InlineData("Pickering", "Pickering")]
    [InlineData("  Pickering ", "Pickering")]
    [InlineData("AINSWORTH", null)]   // the same as the name she has now: nothing earlier to match on
    [InlineData("", null)]
    [InlineData(null, null)]
    public void FormerFamilyName_IsKeptOnlyWhenItDiffersFromTheNameNow(string? given, string? kept) =>
        Assert.Equal(kept, new PersonName("Dorothy", "Ainsworth", formerFamilyName: given).FormerFamilyName);

    [Fact]
    public void FormerFamilyName_TooLong_SaysWhichField()
    {
        var error = Assert.Throws<DomainValidationException>(() => new PersonName("Dorothy", "Ainsworth", formerFamilyName: new string('a', PersonName.MaxLength + 1)));
        Assert.Equal("FormerFamilyName", error.Field);
    }
}
