namespace FrontDoor.Core.People.AllocatedWorker;

public enum LookupChannel
{
    /// <summary>The public page, <c>/allocated-worker</c>.</summary>
    Public,

    /// <summary>A partner system through <c>GET /api/v1/people/allocation</c>.</summary>
    PartnerApi,
}

/// <summary>
/// One try at the allocated-worker look-up, found or not: what the per-client and per-identifier limits count, and
/// what shows administrators an identifier someone keeps guessing at. A found one is also what the offer to text
/// the details points to, so each look-up sends at most one text.
/// </summary>
public sealed class AllocatedWorkerLookupAttempt
{
    public const int MaxKeyLength = 80;

    public AllocatedWorkerLookupAttempt(Guid id, DateTimeOffset at, LookupChannel channel, string clientKey, string identifierKey, Guid? personId)
    {
        Id = id;
        At = at;
        Channel = channel;
        ClientKey = clientKey;
        IdentifierKey = identifierKey;
        PersonId = personId;
    }

    private AllocatedWorkerLookupAttempt()
    {
        ClientKey = null!;
        IdentifierKey = null!;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public LookupChannel Channel { get; private set; }

    /// <summary>A hash of the browser's address, or the partner key's id: who tried, without keeping their address.</summary>
    public string ClientKey { get; private set; }

    /// <summary>The NHS number or reference tried (<see cref="PersonIdentifier.Key"/>), kept so administrators can see who is targeted.</summary>
    public string IdentifierKey { get; private set; }

    /// <summary>Whose record the identifier and date of birth found; null when they did not belong to one person.</summary>
    public Guid? PersonId { get; private set; }

    public bool Succeeded => PersonId is not null;

    /// <summary>When the details were texted to the mobile number on the record; a look-up texts once.</summary>
    public DateTimeOffset? TextedAt { get; private set; }
}
