using FrontDoor.Core.Contacts.Intake;

namespace FrontDoor.Core.Tests.Contacts.Intake;

public sealed class UkDatesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    // ISO 8601, as systems and date pickers send it: year first, whatever the day.
    [InlineData("2027-03-02", 2027, 3, 2)]
    [InlineData("1948-03-02", 1948, 3, 2)]
    [InlineData("2026-03-01", 2026, 3, 1)]
    [InlineData("1948-3-2", 1948, 3, 2)]
    [InlineData("1948/03/02", 1948, 3, 2)]
    [InlineData("2027/03/12", 2027, 3, 12)]
    // As people in England write it: day before month.
    [InlineData("02/03/1948", 1948, 3, 2)]
    [InlineData("2/3/1948", 1948, 3, 2)]
    [InlineData("2-3-1948", 1948, 3, 2)]
    [InlineData("2.3.1948", 1948, 3, 2)]
    [InlineData("2 3 1948", 1948, 3, 2)]
    [InlineData("2 March 1948", 1948, 3, 2)]
    [InlineData("2nd March 1948", 1948, 3, 2)]
    [InlineData("2 Mar 1948", 1948, 3, 2)]
    [InlineData("2 Sept 1948", 1948, 9, 2)]
    [InlineData("2 Sep 1948", 1948, 9, 2)]
    [InlineData("2 sept, 1948", 1948, 9, 2)]
    [InlineData("2 September 1948", 1948, 9, 2)]
    [InlineData("March 2, 1948", 1948, 3, 2)]
    [InlineData("12/03/2027", 2027, 3, 12)]
    public void TryParse_IsoAndUkDates_ReadTheRightDayMonthAndYear(string text, int year, int month, int day)
    {
        Assert.True(UkDates.TryParse(text, Today, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2/3/48", 1948)]
    [InlineData("2/3/26", 2026)]
    [InlineData("3/3/26", 1926)]
    [InlineData("2-3-02", 2002)]
    public void TryParse_TwoDigitYears_AreTheLatestSuchYearNotAfterToday(string text, int year)
    {
        Assert.True(UkDates.TryParse(text, Today, out var date));
        Assert.Equal(year, date.Year);
    }

    [Theory]
    [InlineData("")]
    [InlineData("31/02/1950")]
    [InlineData("1950-02-31")]
    [InlineData("1950-13-01")]
    [InlineData("03/14/1948")]
    [InlineData("yesterday")]
    public void TryParse_NotARealDate_IsFalse(string text) => Assert.False(UkDates.TryParse(text, Today, out _));

    [Fact]
    public void DateOfBirthFromText_AFutureIsoDate_IsNotADateOfBirth_RatherThanACenturyEarlier()
    {
        var person = new ReportedPersonInput { DateOfBirth = EnteredDate.FromText("2027-03-02") }.ToReportedPerson(Today);

        Assert.Equal("2027-03-02", person.DateOfBirthAsGiven);
        Assert.Null(person.DateOfBirth);
    }
}
