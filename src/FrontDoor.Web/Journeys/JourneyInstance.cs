namespace FrontDoor.Web.Journeys;

/// <summary>One browser's journey under way: its random id and the answers so far.</summary>
public sealed class JourneyInstance<TState>
    where TState : class
{
    internal JourneyInstance(Guid id, TState state, string? owner)
    {
        Id = id;
        State = state;
        Owner = owner;
    }

    public Guid Id { get; }

    public TState State { get; }

    /// <summary>The browser's token for journeys whose id is in the address; null when the id is in a cookie.</summary>
    internal string? Owner { get; }
}

/// <summary>Where a browser is in a journey.</summary>
public enum JourneyStatus
{
    /// <summary>No journey: nothing in the cookie or no id in the address.</summary>
    NotStarted,

    /// <summary>Answers are being given: <see cref="JourneyLookup{TState, TOutcome}.Journey"/> holds them.</summary>
    InProgress,

    /// <summary>Sent: the answers are gone and only <see cref="JourneyLookup{TState, TOutcome}.Outcome"/> is left, for the confirmation.</summary>
    Completed,

    /// <summary>
    /// The browser had a journey that cannot be read: it expired, its cookie or stored value was tampered with, the
    /// keys changed, or it is another browser's. Treated as no journey, with a word to the user.
    /// </summary>
    Lost,
}

public sealed record JourneyLookup<TState, TOutcome>(JourneyStatus Status, JourneyInstance<TState>? Journey = null, TOutcome? Outcome = null)
    where TState : class
    where TOutcome : class;
