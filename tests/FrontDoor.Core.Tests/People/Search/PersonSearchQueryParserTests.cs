using FrontDoor.Core.People.Search;

namespace FrontDoor.Core.Tests.People.Search;

public sealed class PersonSearchQueryParserTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static PersonSearchQuery Parse(string? text) => PersonSearchQueryParser.Parse(text, Today);

    [Fact]
    public void Parse_MixOfEveryField_UnderstandsEachAndSaysSo()
    {
        var query = Parse("Bill Smith 02/03/1948 LE11 2TP 943 476 5919");

        Assert.Equal("Bill", query.Record.GivenName);
        Assert.Equal("Smith", query.Record.FamilyName);
        Assert.Equal("1948-03-02", query.Record.DateOfBirth);
        Assert.Equal("LE11 2TP", query.Record.Postcode);
        Assert.Equal("9434765919", query.Record.NhsNumber);
        Assert.Equal(["date of birth 2 March 1948", "postcode LE11 2TP", "NHS number 943 476 5919", "name: Bill Smith"], query.Understood);
        Assert.Empty(query.Ignored);
        Assert.False(query.IsNameOnly);
    }

    [Theory]
    [InlineData("02/03/1948")]
    [InlineData("2/3/1948")]
    [InlineData("02-03-1948")]
    [InlineData("02.03.1948")]
    [InlineData("1948-03-02")]
    [InlineData("2 March 1948")]
    [InlineData("2nd March 1948")]
    [InlineData("2 Mar 1948")]
    [InlineData("March 2, 1948")]
    [InlineData("02-Mar-1948")]
    [InlineData("02/03/48")]
    public void Parse_UkDateFormats_AllReadAsTheSameDateOfBirth(string typed)
    {
        var query = Parse($"Smith {typed}");

        Assert.Equal("1948-03-02", query.Record.DateOfBirth);
        Assert.Contains("date of birth 2 March 1948", query.Understood);
        Assert.Empty(query.Ignored);
    }

    [Fact]
    public void Parse_TwoDigitYear_IsTheMostRecentPastYear()
    {
        Assert.Equal("2001-03-02", Parse("02/03/01").Record.DateOfBirth);
        Assert.Equal("1930-03-02", Parse("02/03/30").Record.DateOfBirth);
    }

    [Theory]
    [InlineData("31/02/1950")]
    [InlineData("30 February 1950")]
    [InlineData("12/13/1950")]
    [InlineData("00/01/1950")]
    public void Parse_ImpossibleDate_IsIgnoredAndSaysWhy(string typed)
    {
        var query = Parse($"Mary Jones {typed}");

        Assert.Null(query.Record.DateOfBirth);
        Assert.Contains(query.Ignored, reason => reason.StartsWith(typed, StringComparison.Ordinal) && reason.Contains("not a real date", StringComparison.Ordinal));
        Assert.Equal("Jones", query.Record.FamilyName);
    }

    [Fact]
    public void Parse_FutureDate_IsIgnored()
    {
        var query = Parse("Jones 01/01/2030");

        Assert.Null(query.Record.DateOfBirth);
        Assert.Contains(query.Ignored, reason => reason.Contains("cannot be in the future", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("9434765919")]
    [InlineData("943 476 5919")]
    [InlineData("943-476-5919")]
    public void Parse_NhsNumberWithOrWithoutSpaces_IsUnderstood(string typed)
    {
        var query = Parse(typed);

        Assert.Equal("9434765919", query.Record.NhsNumber);
        Assert.Equal(["NHS number 943 476 5919"], query.Understood);
    }

    [Fact]
    public void Parse_NhsNumberWithWrongCheckDigit_IsReportedNotSearched()
    {
        var query = Parse("943 476 5918 Smith");

        Assert.Null(query.Record.NhsNumber);
        Assert.Null(query.Record.LasId);
        Assert.Contains("NHS number 943 476 5918 (the check digit is wrong, so it is not a real NHS number)", query.Ignored);
        Assert.Equal("Smith", query.Record.FamilyName);
    }

    [Fact]
    public void Parse_OutwardCodeOnly_IsADistrictNotAPostcode()
    {
        var query = Parse("smith le11");

        Assert.Null(query.Record.Postcode);
        Assert.Equal("LE11", query.PostcodeDistrict);
        Assert.Contains("postcode district LE11", query.Understood);
    }

    [Theory]
    [InlineData("le112tp")]
    [InlineData("LE11 2TP")]
    [InlineData("le11  2tp")]
    public void Parse_FullPostcode_IsNormalised(string typed) =>
        Assert.Equal("LE11 2TP", Parse(typed).Record.Postcode);

    [Theory]
    [InlineData("07700 900123", "+447700900123")]
    [InlineData("07700900123", "+447700900123")]
    [InlineData("+44 7700 900123", "+447700900123")]
    [InlineData("0116 249 6000", "+441162496000")]
    public void Parse_UkPhoneNumbers_AreUnderstood(string typed, string e164)
    {
        var query = Parse(typed);

        Assert.Equal(e164, query.Record.Phone);
        Assert.Null(query.Record.NhsNumber);
        Assert.Single(query.Understood, item => item.StartsWith("phone ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1000123", "1000123")]
    [InlineData("las1234", "LAS1234")]
    public void Parse_LasId_IsUnderstood(string typed, string lasId)
    {
        var query = Parse(typed);

        Assert.Equal(lasId, query.Record.LasId);
        Assert.Contains($"LAS ID {lasId}", query.Understood);
    }

    [Fact]
    public void Parse_FamilyNameThenComma_ReadsTheCaseSystemOrder()
    {
        var query = Parse("Smith, Bill");

        Assert.Equal("Bill", query.Record.GivenName);
        Assert.Equal("Smith", query.Record.FamilyName);
    }

    [Fact]
    public void Parse_OneWord_IsAFamilyNameAndNameOnly()
    {
        var query = Parse("o'brien");

        Assert.Equal("o'brien", query.Record.FamilyName);
        Assert.Null(query.Record.GivenName);
        Assert.True(query.IsNameOnly);
    }

    [Fact]
    public void Parse_LabelWordsAndTitles_AreSkippedSilently()
    {
        var query = Parse("Mrs Joan Smith born 2/3/1948 NHS no 943 476 5919");

        Assert.Equal("Joan", query.Record.GivenName);
        Assert.Equal("Smith", query.Record.FamilyName);
        Assert.Equal("9434765919", query.Record.NhsNumber);
        Assert.Empty(query.Ignored);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("🙂🙂🙂")]
    [InlineData("!!! ??? ###")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("' OR 1=1 --")]
    [InlineData("%_%")]
    public void Parse_Garbage_NeverThrowsAndIsEmptyOrIgnored(string? typed)
    {
        var query = Parse(typed);

        Assert.False(query.HasName && query.Record.FamilyName!.Contains('<', StringComparison.Ordinal));
        Assert.True(query.IsEmpty || query.HasName);
        if (!string.IsNullOrWhiteSpace(typed) && query.IsEmpty)
        {
            Assert.NotEmpty(query.Ignored);
        }
    }

    [Fact]
    public void Parse_EmojiBesideAName_IgnoresTheEmojiOnly()
    {
        var query = Parse("🙂 Smith");

        Assert.Equal("Smith", query.Record.FamilyName);
        Assert.Contains("🙂 (not a name, date of birth, postcode or number we recognise)", query.Ignored);
    }

    [Fact]
    public void Parse_TenKilobyteString_IsCutAtTheLimitAndSaysSo()
    {
        var huge = string.Concat(Enumerable.Repeat("Smith 31/02/1950 943 476 5918 🙂 ", 400));

        var query = Parse(huge);

        Assert.True(query.Text.Length <= PersonSearchQuery.MaxLength);
        Assert.Contains($"everything after the first {PersonSearchQuery.MaxLength} characters", query.Ignored);
        Assert.All(query.Ignored, reason => Assert.True(reason.Length < 200, reason));
    }

    [Fact]
    public void Parse_OneLongWord_DoesNotBecomeAName()
    {
        var query = Parse(new string('a', 150));

        Assert.True(query.IsEmpty);
        Assert.Single(query.Ignored);
    }

    [Fact]
    public void Parse_RandomBytes_NeverThrow()
    {
        var random = new Random(20260302);
        for (var i = 0; i < 2_000; i++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = (char)random.Next(0x20, 0x3000);
            }

            var query = Parse(new string(chars));
            Assert.NotNull(query.Record);
        }
    }

    [Fact]
    public void Parse_FamilyNameAndAFourDigitYear_ReadsTheYearAsWhenTheyWereBorn_NotAsAnId()
    {
        var query = Parse("Smith 1937");

        Assert.Equal((1937, (string?)null, "Smith"), (query.BirthYear, query.Record.LasId, query.Record.FamilyName));
        Assert.Contains("born in 1937", query.Understood);
        Assert.True(query.IsNameOnly);
    }

    [Fact]
    public void Parse_AFourDigitYear_IsAlsoTriedAsAnId_WhereIdsThatLongExist()
    {
        var query = PersonSearchQueryParser.Parse("Smith 1937", Today, length => length == 4);

        Assert.Equal((1937, "1937"), (query.BirthYear, query.Record.LasId));
    }

    [Theory]
    [InlineData("Smith 1234")]
    [InlineData("Smith 4567")]
    public void Parse_AFourDigitNumberNoOneCouldBeBornIn_IsAnId(string typed)
    {
        var query = Parse(typed);

        Assert.Null(query.BirthYear);
        Assert.Equal(typed[^4..], query.Record.LasId);
    }
}
