namespace FrontDoor.Core.CaseSystem;

/// <summary>A team or worker the case system lists: a full export that leaves one out marks it, and keeps it (allocations point to it).</summary>
public interface ICaseSystemListed
{
    Guid Id { get; }

    string? CaseSystemId { get; }

    DateTimeOffset? LeftCaseSystemAt { get; }

    void LeaveCaseSystem(DateTimeOffset now);
}
