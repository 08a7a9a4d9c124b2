namespace FrontDoor.Core.People.Matching;

/// <summary>
/// The newest change a node has seen of some table, for catching up with rows changed since (by their
/// <c>updated_at</c>). Read and advanced by one catch-up at a time.
/// </summary>
public sealed class ChangeWatermark
{
    /// <summary>
    /// How far before the newest change each catch-up looks again. A row stamped by a slow transaction or another
    /// node's clock can commit after a later-stamped one; looking back a minute picks it up, and re-reading is harmless.
    /// </summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(1);

    private DateTimeOffset _newest = DateTimeOffset.MinValue;

    /// <summary>Rows changed after this are the ones to read: everything the first time, then back <see cref="Overlap"/> from the newest seen.</summary>
    public DateTimeOffset Since => _newest == DateTimeOffset.MinValue ? _newest : _newest - Overlap;

    public void Saw(DateTimeOffset updatedAt)
    {
        if (updatedAt > _newest)
        {
            _newest = updatedAt;
        }
    }
}
