namespace FrontDoor.Core.Teams;

/// <summary>When a duty line is answered: the same hours on each working day, optionally at weekends.</summary>
public sealed record OpeningHours
{
    public OpeningHours(TimeOnly opens, TimeOnly closes, bool weekends = false)
    {
        if (closes <= opens)
        {
            throw new DomainValidationException(nameof(OpeningHours), "Closing time must be after opening time");
        }

        Opens = opens;
        Closes = closes;
        Weekends = weekends;
    }

    public static OpeningHours OfficeHours { get; } = new(new TimeOnly(8, 30), new TimeOnly(17, 0));

    public TimeOnly Opens { get; }

    public TimeOnly Closes { get; }

    public bool Weekends { get; }

    public bool IsOpenAt(DateTime localTime)
    {
        var weekend = localTime.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var time = TimeOnly.FromDateTime(localTime);
        return (Weekends || !weekend) && time >= Opens && time < Closes;
    }

    /// <summary>GOV.UK style: "Monday to Friday, 8:30am to 5pm".</summary>
    public override string ToString() =>
        $"{(Weekends ? "Every day" : "Monday to Friday")}, {Format(Opens)} to {Format(Closes)}";

    private static string Format(TimeOnly time)
    {
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var suffix = time.Hour < 12 ? "am" : "pm";
        return time.Minute == 0 ? $"{hour}{suffix}" : $"{hour}:{time.Minute:00}{suffix}";
    }
}
