using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

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
    private BatchStatements? _statements;

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
                if (_db.Database.IsNpgsql())
                {
                    await InsertAsync(_db, batch);
                }
                else
                {
                    _db.AuditEvents.AddRange(batch.Select(p => p.Event));
                    await _db.SaveChangesAsync(CancellationToken.None);
                    _db.ChangeTracker.Clear();
                }

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

    /// <summary>
    /// PostgreSQL: the whole batch as two statements sent together (events, then the people each showed), each
    /// reading its rows from arrays, so the statements never change with the batch's size and stay prepared. Change
    /// tracking a few hundred entities per batch cost the web process more than PostgreSQL spent storing them.
    /// The two run in one implicit transaction: a batch is stored whole or not at all.
    /// </summary>
    private async Task InsertAsync(FrontDoorDbContext db, List<Pending> batch)
    {
        _statements ??= BatchStatements.For(db.Model);
        var people = batch.Sum(p => p.Event.People.Count);
        var (eventIds, eventTimes) = (new Guid[batch.Count], new DateTime[batch.Count]);
        var (actors, actorNames, actorRoles, actions) = (new string[batch.Count], new string?[batch.Count], new string?[batch.Count], new string[batch.Count]);
        var (recordTypes, recordIds, origins, details) = (new string[batch.Count], new string?[batch.Count], new string?[batch.Count], new string?[batch.Count]);
        var (shownIn, shown, shownAt) = (new Guid[people], new Guid[people], new DateTime[people]);
        var row = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            var e = batch[i].Event;
            (eventIds[i], eventTimes[i], actors[i], actorNames[i], actorRoles[i]) = (e.Id, e.OccurredAt.UtcDateTime, e.Actor, e.ActorName, e.ActorRole);
            (actions[i], recordTypes[i], recordIds[i], origins[i], details[i]) = (e.Action.ToString(), e.RecordType, e.RecordId, e.Origin, e.Detail);
            foreach (var person in e.People)
            {
                (shownIn[row], shown[row], shownAt[row]) = (person.AuditEventId, person.PersonId, person.OccurredAt.UtcDateTime);
                row++;
            }
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(CancellationToken.None);
        try
        {
            await using var command = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    Command(_statements.Events, eventIds, eventTimes, actors, actorNames, actorRoles, actions, recordTypes, recordIds, origins, details),
                    Command(_statements.People, shownIn, shown, shownAt),
                },
            };
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (PostgresException ex)
        {
            // The same failure the EF path reports, so callers need not know which path stored the batch.
            throw new DbUpdateException("The audit events could not be stored.", ex);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] columns)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var column in columns)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = column });
        }

        return command;
    }

    /// <summary>The two INSERTs, with the table and column names the EF model gives (so they follow any rename).</summary>
    private sealed record BatchStatements(string Events, string People)
    {
        public static BatchStatements For(IModel model) => new(
            Insert(model, typeof(AuditEvent), [
                (nameof(AuditEvent.Id), "uuid"), (nameof(AuditEvent.OccurredAt), "timestamptz"), (nameof(AuditEvent.Actor), "text"),
                (nameof(AuditEvent.ActorName), "text"), (nameof(AuditEvent.ActorRole), "text"), (nameof(AuditEvent.Action), "text"),
                (nameof(AuditEvent.RecordType), "text"), (nameof(AuditEvent.RecordId), "text"), (nameof(AuditEvent.Origin), "text"),
                (nameof(AuditEvent.Detail), "text")]),
            Insert(model, typeof(AuditEventPerson), [
                (nameof(AuditEventPerson.AuditEventId), "uuid"), (nameof(AuditEventPerson.PersonId), "uuid"), (nameof(AuditEventPerson.OccurredAt), "timestamptz")]));

        private static string Insert(IModel model, Type entity, (string Property, string ArrayType)[] columns)
        {
            var type = model.FindEntityType(entity)!;
            // A column added to the entity and not here would be silently left empty in every audit row: refuse to run instead.
            var unlisted = type.GetProperties().Select(p => p.Name).Except(columns.Select(c => c.Property)).ToList();
            if (unlisted.Count > 0)
            {
                throw new InvalidOperationException($"{entity.Name} has columns the batch insert does not write: {string.Join(", ", unlisted)}. Add them to {nameof(BatchStatements)}.");
            }

            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var names = string.Join(", ", columns.Select(c => Quote(type.FindProperty(c.Property)!.GetColumnName(table)!)));
            var arrays = string.Join(", ", columns.Select((c, i) => $"${i + 1}::{c.ArrayType}[]"));
            var qualified = type.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(table.Name)}" : Quote(table.Name);
            return $"INSERT INTO {qualified} ({names}) SELECT * FROM unnest({arrays})";
        }

        private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private sealed record Pending(AuditEvent Event)
    {
        public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
