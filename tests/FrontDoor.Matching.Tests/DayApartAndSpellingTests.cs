using FrontDoor.Matching.Comparison;
using FrontDoor.Matching.Model;
using FrontDoor.Matching.Normalisation;

namespace FrontDoor.Matching.Tests;

/// <summary>
/// Two slips that held one person recorded twice as a possible relative: a birth date keyed a day out across a month's
/// end, and one spoken given name spelt two ways (Jon and John) with one birthday. Twins, sisters and brothers, and a
/// father and son must still never be linked.
/// </summary>
public class DayApartAndSpellingTests
{
    // No NHS number: with one agreeing, the look-alike rule never applies and these would link anyway.
    private static readonly PersonRecord OnRecord = new("on-record")
    {
        GivenName = "John", FamilyName = "Cooper", DateOfBirth = "30/11/1924", HouseNumber = "127", AddressLine = "Kirby Road",
        Town = "Ashby-de-la-Zouch", Postcode = "LE65 1GS",
    };

    [Theory]
    [InlineData("31/05/1941", "01/06/1941")]
    [InlineData("31/12/1950", "01/01/1951")]
    [InlineData("19/03/1960", "20/03/1960")]
    [InlineData("29/02/1956", "01/03/1956")]
    [InlineData("30/11/1924", "01/12/1924")]
    public void CompareDates_ADayApart_IsTheOneDigitLevel_AcrossAMonthOrYearEndToo(string a, string b)
    {
        Assert.Equal(Levels.Dob.OneDigit, RecordComparer.CompareDates(PartialDate.Parse(a), PartialDate.Parse(b)));
        Assert.Equal(Levels.Dob.OneDigit, RecordComparer.CompareDates(PartialDate.Parse(b), PartialDate.Parse(a)));
    }

    [Theory]
    [InlineData("30/05/1941", "01/06/1941", Levels.Dob.SameYear)]
    [InlineData("31/12/1950", "02/01/1951", Levels.Dob.Different)]
    [InlineData("31/02/1950", "01/03/1950", Levels.Dob.SameYear)]
    public void CompareDates_TwoDaysApartOrNotARealDate_IsNotADaySlip(string a, string b, byte level)
    {
        Assert.Equal(level, RecordComparer.CompareDates(PartialDate.Parse(a), PartialDate.Parse(b)));
    }

    [Fact]
    public void Match_OnePersonWhoseBirthDateIsADayOutAcrossAMonthEnd_IsLinked()
    {
        // Same name and address, 30 November against 1 December: was "same name born on another day", held as a father and son.
        using var index = PersonIndex.Build([OnRecord], MatchModel.Default);

        var best = index.Match(OnRecord with { Id = "q", DateOfBirth = "01/12/1924" }).Best!;

        Assert.Equal(MatchBand.Link, best.Band);
        Assert.Contains(best.Explanation.Fields, f => f.Field == MatchField.DateOfBirth && f.Description.Contains("a day apart", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Jon", "John")]
    [InlineData("Steven", "Stephen")]
    [InlineData("Katherine", "Catherine")]
    [InlineData("Phillip", "Philip")]
    [InlineData("Sara", "Sarah")]
    public void Match_OneSpokenGivenNameSpeltTwoWaysWithOneBirthday_IsLinked(string spelt, string onRecord)
    {
        // Parents do not call twins Jon and John: one person, the second record typed by someone who heard the name.
        var first = OnRecord with { GivenName = onRecord };
        using var index = PersonIndex.Build([first], MatchModel.Default);

        var best = index.Match(first with { Id = "q", GivenName = spelt }).Best!;

        Assert.Equal(MatchBand.Link, best.Band);
        Assert.Null(best.Explanation.Note);
    }

    [Theory]
    [InlineData("Jon", "Joan")]
    [InlineData("Jan", "Jean")]
    [InlineData("Tony", "Toni")]
    [InlineData("Terry", "Terri")]
    [InlineData("Francis", "Frances")]
    [InlineData("Sean", "Shaun")]
    [InlineData("Louis", "Louise")]
    [InlineData("Jo", "Joe")]
    public void Match_TwinsWhoseNamesSoundDifferent_AreOnlyReviewed(string twin, string other)
    {
        // Born the same day at one address, a letter or a sound apart: a brother and sister, or two sisters.
        var first = OnRecord with { GivenName = other };
        using var index = PersonIndex.Build([first], MatchModel.Default);

        var best = index.Match(first with { Id = "q", GivenName = twin }).Best;

        Assert.NotEqual(MatchBand.Link, best?.Band);
    }

    [Fact]
    public void Match_TwinsBornEitherSideOfMidnightWithDifferentNames_AreOnlyReviewed()
    {
        var first = OnRecord with { GivenName = "Paul" };
        using var index = PersonIndex.Build([first], MatchModel.Default);

        var best = index.Match(first with { Id = "q", GivenName = "Mark", DateOfBirth = "01/12/1924" }).Best;

        Assert.NotEqual(MatchBand.Link, best?.Band);
    }

    [Theory]
    [InlineData("John")]
    [InlineData("Jon")]
    public void Match_AFatherAndSonOfOneNameBornYearsApart_AreNeverLinked(string son)
    {
        // "Junior": the father's name (or a spelling of it) and address, born 28 years later.
        using var index = PersonIndex.Build([OnRecord], MatchModel.Default);

        var best = index.Match(OnRecord with { Id = "q", GivenName = son, DateOfBirth = "30/11/1952" }).Best;

        Assert.NotEqual(MatchBand.Link, best?.Band);
    }

    [Theory]
    [InlineData("jon", "john", true)]
    [InlineData("steven", "stephen", true)]
    [InlineData("catherine", "katherine", true)]
    [InlineData("carl", "karl", true)]
    [InlineData("alan", "allan", true)]
    [InlineData("jon", "joan", false)]
    [InlineData("sean", "shaun", false)]
    [InlineData("tony", "toni", false)]
    [InlineData("jo", "joe", false)]
    [InlineData("francis", "frances", false)]
    [InlineData("mary", "molly", false)]
    [InlineData("john", "john", false)]
    public void SpokenAlike_FoldsOnlySpellingsReadTheSameWay(string a, string b, bool alike)
    {
        Assert.Equal(alike, NameSpelling.SpokenAlike(a, b));
        Assert.Equal(alike, NameSpelling.SpokenAlike(b, a));
    }
}
