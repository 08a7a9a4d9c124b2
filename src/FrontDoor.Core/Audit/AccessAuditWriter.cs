using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Audit;

/// <summary>
/// Records who looked (searches) with group commit. Each caller waits until its own event is stored, so a search
/// never answers unaudited, but callers that arrive together share one INSERT: fifty advisors searching at once
/// cost the database a handful of statements, not fifty transactions. If the write fails, every caller in the
/// batch gets the exception, and the search fails rather than answer without a trail.
/// </summary>
public sealed class AccessAuditWriter(DbContextOptions<FrontDoorDbContext> database, TimeProvider clock)
{
    private const int MaxBatch = 500;

    private readonly Lock _lock = new();
    private readonly Queue<Pending> _queue = new();
    private bool _flushing;
    private FrontDoorDbContext? _db;

    public Task RecordAsync(AuditActor actor, AuditAction action, string recordType, string? recordId, string? origin, string? detail, IEnumerable<Guid>? people, CancellationToken cancellationToken)
    {
        var pending = new Pending(AuditEvent.Now(clock, actor, action, recordType, recordId, origin, detail, people));
        bool lead;
        lock (_lock)
        {
            _queue.Enqueue(pending);
            lead = !_flushing;
            _flushing = true;
        }

        if (lead)
        {
            // The first caller starts the flush; whoever arrives while it writes joins the next batch.
            _ = Task.Run(FlushAsync, CancellationToken.None);
        }

        return pending.Stored.Task.WaitAsync(cancellationToken);
    }

    private async Task FlushAsync()
    {
        while (true)
        {
            List<Pending> batch;
            lock (_lock)
            {
                if (_queue.Count == 0)
                {
                    _flushing = false;
                    return;
                }

                batch = new List<Pending>(Math.Min(_queue.Count, MaxBatch));
                while (batch.Count < MaxBatch && _queue.TryDequeue(out var next))
                {
                    batch.Add(next);
                }
            }

            try
            {
                // One context for the writer's life (only one flush runs at a time): building one per batch cost more than the INSERT.
                _db ??= new FrontDoorDbContext(database) { ChangeTracker = { AutoDetectChangesEnabled = false } };
                _db.AuditEvents.AddRange(batch.Select(p => p.Event));
                await _db.SaveChangesAsync(CancellationToken.None);
                _db.ChangeTracker.Clear();
                batch.ForEach(p => p.Stored.TrySetResult());
            }
            catch (Exception ex)
            {
                // A failed batch may leave the context holding its events or a broken connection: start afresh.
                await (_db?.DisposeAsync() ?? ValueTask.CompletedTask);
                _db = null;
                batch.ForEach(p => p.Stored.TrySetException(ex));
            }
        }
    }

    private sealed record Pending(AuditEvent Event)
    {
        public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
