using FrontDoor.Core.People.Matching;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.People.Search;

/// <summary>
/// Admits at most <see cref="PersonMatchingOptions.MaxConcurrentSearches"/> searches to rank at once, the others waiting
/// in arrival order (a <see cref="SemaphoreSlim"/> serves its async waiters first come, first served). Ranking is CPU
/// work: more at once than the node has cores only interleaves them, so each takes longer and the unluckiest longest.
/// </summary>
public sealed class SearchAdmission(IOptions<PersonMatchingOptions> options) : IDisposable
{
    private readonly SemaphoreSlim? _gate = options.Value.MaxConcurrentSearches is > 0 and var limit ? new SemaphoreSlim(limit, limit) : null;

    /// <summary>Waits for a turn; disposing the result ends it.</summary>
    public async ValueTask<Turn> EnterAsync(CancellationToken cancellationToken)
    {
        if (_gate is null)
        {
            return default;
        }

        await _gate.WaitAsync(cancellationToken);
        return new Turn(_gate);
    }

    public void Dispose() => _gate?.Dispose();

    public readonly struct Turn(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
