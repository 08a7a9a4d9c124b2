using FrontDoor.Matching.Normalisation;

namespace FrontDoor.Matching.Tests.Normalisation;

public class NormalisationTests
{
    [Theory]
    [InlineData("le16zg", "LE1 6ZG", "LE1 6", "LE1")]
    [InlineData("  LE1   6ZG ", "LE1 6ZG", "LE1 6", "LE1")]
    [InlineData("sw1a1aa", "SW1A 1AA", "SW1A 1", "SW1A")]
    [InlineData("M1 1AE", "M1 1AE", "M1 1", "M1")]
    public void Postcode_Uk_IsNormalisedWithSectorAndDistrict(string raw, string full, string sector, string district)
    {
        var postcode = Postcode.Parse(raw)!;
        Assert.Equal(full, postcode.Full);
        Assert.Equal(sector, postcode.Sector);
        Assert.Equal(district, postcode.District);
    }

    [Fact]
    public void Postcode_NotUkShaped_KeepsCharactersWithoutSector()
    {
        var postcode = Postcode.Parse("4011")!;
        Assert.Equal("4011", postcode.Full);
        Assert.Null(postcode.Sector);
    }

    [Theory]
    [InlineData("07700 900123")]
    [InlineData("+44 7700 900123")]
    [InlineData("+44 (0)7700-900123")]
    [InlineData("00447700900123")]
    [InlineData("7700900123")]
    public void Phone_UkForms_AllNormaliseAlike(string raw) => Assert.Equal(7700900123, ContactDetails.NormalisePhone(raw));

    [Theory]
    [InlineData("call me")]
    [InlineData("123")]
    [InlineData("")]
    public void Phone_Garbage_IsZero(string raw) => Assert.Equal(0, ContactDetails.NormalisePhone(raw));

    [Fact]
    public void Email_IsCaseInsensitive() =>
        Assert.Equal(ContactDetails.NormaliseEmail(" Jo.Bloggs@Example.ORG "), ContactDetails.NormaliseEmail("jo.bloggs@example.org"));

    [Theory]
    [InlineData("14/03/1948", 1948, 3, 14, true)]
    [InlineData("1948-03-14", 1948, 3, 14, true)]
    [InlineData("19480314", 1948, 3, 14, true)]
    [InlineData("31/02/1950", 1950, 2, 31, false)]
    [InlineData("19501302", 1950, 0, 2, false)]
    public void PartialDate_ReadsWhatItCan(string raw, int year, int month, int day, bool calendar)
    {
        var date = PartialDate.Parse(raw);
        Assert.Equal((year, month, day, calendar), (date.Year, (int)date.Month, (int)date.Day, date.IsCalendarDate));
    }

    [Theory]
    [InlineData("14/03/1948", "14/03/1948")]
    [InlineData("31/02/1950", "31/02/1950")]
    [InlineData("19501302", "02/??/1950")]
    [InlineData("not a date", "??/??/????")]
    public void PartialDate_WritesDayMonthYearWithUnknownPartsAsQuestionMarks(string raw, string written)
    {
        var date = PartialDate.Parse(raw);
        Assert.Equal(written, date.ToString());
        Assert.Equal($"born {written}", $"born {date}");
    }

    [Theory]
    [InlineData("14/03/1948", "14/03/1949", true)]   // one digit
    [InlineData("14/03/1948", "14/03/1984", true)]   // neighbours swapped
    [InlineData("14/03/1948", "41/03/1948", false)]  // day 41 is unknown: two digits go
    [InlineData("14/03/1948", "15/04/1948", false)]  // two digits apart
    [InlineData("14/03/1948", "14/03/1894", false)]  // swapped, but not neighbours
    [InlineData("19501302", "19501303", true)]       // unknown month counts as 00
    public void PartialDate_OneDigitSlip(string a, string b, bool slip) =>
        Assert.Equal(slip, PartialDate.Parse(a).IsOneDigitSlipFrom(PartialDate.Parse(b)));

    [Fact]
    public void PartialDate_OneDigitSlip_AgreesWithOneEditOnTheWrittenDigits()
    {
        // The digit-by-digit check must say what an edit-distance check on "YYYYMMDD" says, for any pair of dates.
        var random = new Random(11);
        for (var i = 0; i < 20_000; i++)
        {
            var a = new PartialDate((short)random.Next(1850, 2150), (byte)random.Next(0, 13), (byte)random.Next(0, 32), false, true);
            var b = random.Next(3) switch
            {
                0 => new PartialDate((short)random.Next(1850, 2150), (byte)random.Next(0, 13), (byte)random.Next(0, 32), false, true),
                1 => a with { Year = (short)(a.Year + random.Next(-9, 10)) },
                _ => a with { Day = (byte)random.Next(0, 32) },
            };
            var written = (Digits(a), Digits(b));
            Assert.True(StringSimilarity.WithinOneEdit(written.Item1, written.Item2) == a.IsOneDigitSlipFrom(b), $"{written}");
        }

        static string Digits(PartialDate d) => $"{d.Year:0000}{d.Month:00}{d.Day:00}";
    }

    [Theory]
    [InlineData("MARTHA", "MARHTA")]
    [InlineData("DIXON", "DICKSONX")]
    public void JaroWinkler_TyposScoreHigh(string a, string b) => Assert.True(StringSimilarity.JaroWinkler(a, b) > 0.8);

    [Fact]
    public void JaroWinkler_KnownValue() => Assert.Equal(0.961, StringSimilarity.JaroWinkler("MARTHA", "MARHTA"), 3);

    [Theory]
    [InlineData("knight", "night")]
    [InlineData("brown", "braun")]
    [InlineData("phillips", "filips")]
    public void Nysiis_SoundAlikesShareACode(string a, string b) => Assert.Equal(Nysiis.Encode(a), Nysiis.Encode(b));

    [Fact]
    public void Nysiis_DifferentNamesDiffer() => Assert.NotEqual(Nysiis.Encode("smith"), Nysiis.Encode("jones"));
}
