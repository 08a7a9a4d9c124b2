using System.Globalization;
using FrontDoor.Core.Contacts.Intake;

namespace FrontDoor.Web.Components;

/// <summary>
/// What someone typed into a GOV.UK date input, kept as text so it can be shown back exactly as typed.
/// Binds from <c>Name.Day</c>, <c>Name.Month</c> and <c>Name.Year</c>.
/// </summary>
public sealed class DateParts
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>The date, when all three parts are numbers that make a real date with a four-digit year.</summary>
    public bool TryGetDate(out DateOnly date) => ToEntered().TryGetDate(today: default, out date);

    /// <summary>The boxes as Core's rules read them (<see cref="ReportedPersonRules.DateOfBirth"/>).</summary>
    public EnteredDate ToEntered() => EnteredDate.FromBoxes(Day, Month, Year);

    public static DateParts From(DateOnly date) => new()
    {
        Day = date.Day.ToString(CultureInfo.InvariantCulture),
        Month = date.Month.ToString(CultureInfo.InvariantCulture),
        Year = date.Year.ToString(CultureInfo.InvariantCulture),
    };
}
