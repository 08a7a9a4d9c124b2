namespace FrontDoor.Web.Journeys;

/// <summary>How the browser carries a journey's id between pages.</summary>
public enum JourneyIdCarrier
{
    /// <summary>In an HttpOnly cookie: one journey of the kind per browser, addresses without ids (the public's forms).</summary>
    Cookie,

    /// <summary>
    /// In the address, so one browser can have several under way; a cookie still ties each to the browser that
    /// started it, so a copied link shows nobody else's answers.
    /// </summary>
    Url,
}

/// <summary>
/// One journey's settings, chosen where it is registered (<see cref="JourneyServiceCollectionExtensions.AddJourney{TState, TOutcome}"/>);
/// a council may change how long answers are kept with <see cref="JourneysOptions"/>.
/// </summary>
public sealed class JourneyOptions
{
    /// <summary>
    /// How long a journey is kept after its last page was seen (sliding): each page read or saved starts it again.
    /// An abandoned journey's answers then disappear from the cache on their own.
    /// </summary>
    public TimeSpan KeptFor { get; set; } = TimeSpan.FromHours(2);

    public JourneyIdCarrier IdIn { get; set; } = JourneyIdCarrier.Cookie;

    /// <summary><see cref="KeptFor"/> as pages tell people: "2 hours", "1 hour", "90 minutes".</summary>
    public string KeptForInWords() => KeptFor switch
    {
        { TotalHours: 1 } => "1 hour",
        { TotalMinutes: var minutes } when minutes % 60 == 0 => $"{minutes / 60:0} hours",
        { TotalMinutes: 1 } => "1 minute",
        { TotalMinutes: var minutes } => $"{Math.Ceiling(minutes):0} minutes",
    };
}

/// <summary>What a council may change about the journeys: <c>Journeys:KeptFor:{Name}</c> overrides a journey's <see cref="JourneyOptions.KeptFor"/>.</summary>
public sealed class JourneysOptions
{
    public const string SectionName = "Journeys";

    public Dictionary<string, TimeSpan> KeptFor { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}
