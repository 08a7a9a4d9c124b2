using FrontDoor.Matching.Normalisation;

namespace FrontDoor.Matching.Tests.Normalisation;

public class NicknameTableTests
{
    private static readonly NicknameTable Table = LoadFull();

    [Theory]
    [InlineData("william", "bill")]
    [InlineData("bill", "william")]
    [InlineData("margaret", "peg")] // margaret → peggy → peg in the general table
    [InlineData("alfred", "alf")]
    [InlineData("herbert", "bert")]
    [InlineData("sidney", "sid")]
    [InlineData("kathleen", "kath")]
    [InlineData("mags", "margaret")]
    [InlineData("jim", "james")]
    [InlineData("bill", "will")] // siblings under william
    public void AreEquivalent_KnownForms_BothWays(string a, string b)
    {
        Assert.True(Table.AreEquivalent(a, b));
        Assert.True(Table.AreEquivalent(b, a));
    }

    [Theory]
    [InlineData("robert", "william")] // both have the nickname bill, but are different names
    [InlineData("john", "mary")]
    public void AreEquivalent_NamesSharingOnlyANickname_AreNot(string a, string b) => Assert.False(Table.AreEquivalent(a, b));

    [Fact]
    public void BritishOnly_HasTheCuratedForms() => Assert.True(NicknameTable.BritishOnly.AreEquivalent("patricia", "pat"));

    private static NicknameTable LoadFull()
    {
        using var reader = File.OpenText(Path.Combine(TestData.FebrlFolder, "..", "nicknames", "names.csv"));
        return NicknameTable.FromCsv(reader);
    }
}
