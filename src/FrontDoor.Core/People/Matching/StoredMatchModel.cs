using FrontDoor.Matching;
using FrontDoor.Matching.Model;

namespace FrontDoor.Core.People.Matching;

/// <summary>
/// A match model estimated from the people on record, kept so a node starting up loads it instead of estimating
/// again, and so administrators can see the weights in use. The newest one is the one used; older ones are history.
/// </summary>
public sealed class StoredMatchModel
{
    public const int MaxSourceLength = 500;

    public StoredMatchModel(Guid id, DateTimeOffset estimatedAt, int records, string source, string json)
    {
        Id = id;
        EstimatedAt = estimatedAt;
        Records = records;
        Source = source.Length > MaxSourceLength ? source[..MaxSourceLength] : source;
        Json = json;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset EstimatedAt { get; private set; }

    /// <summary>How many people it was estimated from.</summary>
    public int Records { get; private set; }

    /// <summary>The engine's own account of how it was obtained.</summary>
    public string Source { get; private set; }

    /// <summary>The model as <see cref="MatchModel.ToJson"/> writes it.</summary>
    public string Json { get; private set; }

    public MatchModel ToModel() => MatchModel.FromJson(Json);
}
