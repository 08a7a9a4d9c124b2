using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace FrontDoor.Core.CaseSystem;

/// <summary>
/// Writes the rows a batch adds in bulk where EF Core would send one INSERT per row: new people and their audit
/// trail's person rows are most of what a first import writes, and EF's per-row update pipeline (and, on SQLite,
/// one prepared statement per row) cost several times what the database does with them. Each entity is written
/// with EF's own mapping — table, column names and each column's type mapping and value converter, complex
/// properties and primitive collections included — so what lands is what SaveChanges would have written.
/// </summary>
internal static class CaseSystemBulkInsert
{
    // Parameters per statement where a statement may carry many rows (any provider but SQLite and PostgreSQL,
    // which has its own COPY): fewer round trips. SQLite looks each named parameter up by a linear scan of the
    // statement's names, so many-row statements bind in quadratic time: there one prepared single-row INSERT is
    // re-run per row, the fastest way to load SQLite (no round trips: it runs in this process).
    private const int ParametersPerStatement = 1_000;

    /// <summary>
    /// Takes the added entities of <paramref name="types"/> out of EF's insert (it then sees them as saved) and
    /// returns them for <see cref="InsertAsync"/>. Types with shadow or store-generated values are left to EF.
    /// </summary>
    public static List<EntityEntry> TakeAdded(DbContext db, IReadOnlySet<Type> types)
    {
        var taken = new List<EntityEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Added && types.Contains(entry.Metadata.ClrType) && CanWrite(entry.Metadata))
            {
                taken.Add(entry);
            }
        }

        // Unchanged rather than detached: a detached entity still in a navigation collection (an audit event's
        // people) would be found and added again by the next DetectChanges.
        foreach (var entry in taken)
        {
            entry.State = EntityState.Unchanged;
        }

        return taken;
    }

    /// <summary>Inserts the entities, in the order given, on the context's connection inside its current transaction.</summary>
    public static async Task InsertAsync(DbContext db, IEnumerable<EntityEntry> entries, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the batch's transaction.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var singleRow = db.Database.IsSqlite();
        foreach (var group in entries.GroupBy(e => e.Metadata))
        {
            var columns = group.Key.GetFlattenedProperties().ToList();
            var rows = group.Select(e => e.Entity).ToList();
            if (connection is NpgsqlConnection npgsql)
            {
                await CopyAsync(npgsql, sql.DelimitIdentifier(group.Key.GetTableName()!, group.Key.GetSchema()), columns, rows, sql, cancellationToken);
                continue;
            }

            var perStatement = singleRow ? 1 : Math.Max(1, ParametersPerStatement / columns.Count);
            var head = $"INSERT INTO {sql.DelimitIdentifier(group.Key.GetTableName()!, group.Key.GetSchema())} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName())))}) VALUES ";
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
            for (var start = 0; start < rows.Count; start += perStatement)
            {
                var count = Math.Min(perStatement, rows.Count - start);
                // The same text for every full statement, so the provider prepares it once and re-binds it.
                command.CommandText = Values(head, count, columns.Count, sql);
                command.Parameters.Clear();
                for (var r = 0; r < count; r++)
                {
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var column = columns[c];
                        command.Parameters.Add(column.GetRelationalTypeMapping().CreateParameter(
                            command, sql.GenerateParameterName(Name(r, c)), column.GetGetter().GetClrValueUsingContainingEntity(rows[start + r]), column.IsNullable));
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    /// <summary>
    /// PostgreSQL's binary COPY, inside the batch's transaction: the server neither parses nor plans a statement per
    /// row or per thousand parameters, which is most of what an INSERT costs it. Values go through each column's
    /// value converter, as EF would write them, and are sent as the column's store type.
    /// </summary>
    private static async Task CopyAsync(NpgsqlConnection connection, string table, List<IProperty> columns, List<object> rows, ISqlGenerationHelper sql, CancellationToken cancellationToken)
    {
        var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToList();
        var storeTypes = mappings.Select(m => m.StoreTypeNameBase).ToList();
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {table} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName())))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            for (var c = 0; c < columns.Count; c++)
            {
                var value = columns[c].GetGetter().GetClrValueUsingContainingEntity(row);
                if (value is not null && mappings[c].Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                if (value is null)
                {
                    await copy.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await copy.WriteAsync(value, storeTypes[c], cancellationToken);
                }
            }
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private static string Values(string head, int rows, int columns, ISqlGenerationHelper sql)
    {
        var text = new StringBuilder(head);
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                text.Append(c == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder(Name(r, c)));
            }

            text.Append(')');
        }

        return text.ToString();
    }

    private static string Name(int row, int column) => string.Create(CultureInfo.InvariantCulture, $"p{row}_{column}");

    // Every value must be on the entity already: no shadow properties, nothing the database generates (a Guid key
    // is generated by EF on the client, when the entity is added, so it is there).
    private static bool CanWrite(IEntityType type) =>
        type.GetFlattenedProperties().All(p => !p.IsShadowProperty() && (p.ValueGenerated == ValueGenerated.Never || p.ClrType == typeof(Guid)));
}
