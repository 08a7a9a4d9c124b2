using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
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
                batch = new List<Pending>(Math.Min(_queue.Count, MaxBatch));
                while (batch.Count < MaxBatch && _queue.TryDequeue(out var next))
                {
                    batch.Add(next);
                }
            }

            if (batch.Count == 0)
            {
                // Back to the pool once nobody is waiting (a connection held while idle could be dropped unseen), before
                // the flush ends: the next one may start as soon as it has.
                await (_db?.Database.CloseConnectionAsync() ?? Task.CompletedTask);
                lock (_lock)
                {
                    if (_queue.Count == 0)
                    {
                        _flushing = false;
                        return;
                    }
                }

                continue;
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
        _statements ??= new BatchStatements(BatchInsert.For<AuditEvent>(db.Model), BatchInsert.For<AuditEventPerson>(db.Model));
        var events = batch.ConvertAll(p => p.Event);
        var people = events.SelectMany(e => e.People).ToList();

        // While callers keep arriving the connection stays open from batch to batch (only one flush runs at a time):
        // handing it back to the pool after every batch made PostgreSQL reset the session each time.
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(CancellationToken.None);
        }

        try
        {
            await using var command = new NpgsqlBatch(connection)
            {
                BatchCommands = { _statements.Events.Command(events), _statements.People.Command(people) },
            };
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (PostgresException ex)
        {
            // The same failure the EF path reports, so callers need not know which path stored the batch.
            throw new DbUpdateException("The audit events could not be stored.", ex);
        }
    }

    private sealed record BatchStatements(BatchInsert<AuditEvent> Events, BatchInsert<AuditEventPerson> People);

    /// <summary>
    /// An INSERT of every column the EF model maps for an entity, one array parameter per column. Names, store types
    /// and value conversions (an enum stored as text) come from the model, so a column added to an audit entity is
    /// written here without a change: none can be left silently empty.
    /// </summary>
    private static class BatchInsert
    {
        public static BatchInsert<T> For<T>(IModel model)
            where T : class
        {
            var type = model.FindEntityType(typeof(T))!;
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var properties = type.GetProperties().ToList();
            var names = string.Join(", ", properties.Select(p => Quote(p.GetColumnName(table)!)));
            var arrays = string.Join(", ", properties.Select((p, i) => $"${i + 1}::{p.GetColumnType()}[]"));
            var qualified = type.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(table.Name)}" : Quote(table.Name);
            return new($"INSERT INTO {qualified} ({names}) SELECT * FROM unnest({arrays})", properties.ConvertAll(BatchColumn.For));
        }

        private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private sealed record BatchInsert<T>(string Sql, List<BatchColumn> Columns)
        where T : class
    {
        public NpgsqlBatchCommand Command(List<T> rows)
        {
            var command = new NpgsqlBatchCommand(Sql);
            foreach (var column in Columns)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = column.Values(rows) });
            }

            return command;
        }
    }

    /// <summary>How to read one column's value from each row: the property's getter, then the model's converter.</summary>
    private sealed record BatchColumn(IClrPropertyGetter Getter, ValueConverter? Converter, Type ProviderType)
    {
        public static BatchColumn For(IProperty property)
        {
            var converter = property.GetRelationalTypeMapping().Converter;
            var providerType = converter?.ProviderClrType ?? property.ClrType;
            if (property.IsNullable && providerType.IsValueType && Nullable.GetUnderlyingType(providerType) is null)
            {
                providerType = typeof(Nullable<>).MakeGenericType(providerType);
            }

            return new(property.GetGetter(), converter, providerType);
        }

        public Array Values<T>(List<T> rows)
            where T : class
        {
            // Typed arrays (Guid[], string[], DateTimeOffset[]), so Npgsql sends each as its PostgreSQL array type.
            var values = Array.CreateInstance(ProviderType, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var value = Getter.GetClrValueUsingContainingEntity(rows[i]);
                values.SetValue(value is null || Converter is null ? value : Converter.ConvertToProvider(value), i);
            }

            return values;
        }
    }

    private sealed record Pending(AuditEvent Event)
    {
        public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
