using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts.Repeat;
using FrontDoor.Core.Data;
using FrontDoor.Core.WorkQueues;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;

namespace FrontDoor.Insight.Bench;

/// <summary>The kinds of value the loader writes, each mapped once per provider.</summary>
internal enum Column
{
    Uuid,
    Text,
    Integer,
    Boolean,
    Time,
}

/// <summary>
/// Writes the county straight into the tables (binary COPY on PostgreSQL, one prepared INSERT in large transactions on
/// SQLite): contacts received evenly over the years up to "now", written in arrival order, each with an arrival event and a first staff action,
/// most closed with an outcome; 0.8 calls per contact, 12% referred. Shaped like the demo county, not to its detail.
/// The four tables' indexes and foreign keys (and on PostgreSQL their primary keys) are dropped for the load and made
/// again after it, each in one pass, as a bulk load into empty tables is done: with them live every row updated a
/// dozen B-trees in random order (~2,500 contacts a second at 2,000,000).
/// </summary>
internal sealed class CountyLoader(DatabaseOptions options, DateTimeOffset now, int contacts)
{
    private const int Batch = 50_000;

    private static readonly (string Name, Column Kind)[] ContactColumns =
    [
        ("id", Column.Uuid), ("reference", Column.Text), ("channel", Column.Text), ("source", Column.Text), ("received_at", Column.Time),
        ("status", Column.Text), ("status_changed_at", Column.Time), ("story", Column.Text), ("match_state", Column.Text),
        ("hand_offs", Column.Integer), ("priority_overridden", Column.Boolean), ("processing_attempts", Column.Integer),
        ("reported_in_immediate_danger", Column.Boolean), ("version", Column.Integer), ("closed_at", Column.Time), ("outcome", Column.Text),
        ("failure_demand_reason", Column.Text), ("stage", Column.Text), ("queue_key", Column.Text), ("recurring_of_contact_id", Column.Uuid),
        ("needs_bsl", Column.Boolean), ("needs_easy_read", Column.Boolean), ("needs_large_print", Column.Boolean),
    ];

    private static readonly (string Name, Column Kind)[] EventColumns =
    [
        ("id", Column.Uuid), ("contact_id", Column.Uuid), ("contact_version", Column.Integer), ("at", Column.Time), ("actor_id", Column.Text),
        ("actor_name", Column.Text), ("actor_role", Column.Text), ("kind", Column.Text), ("from", Column.Text), ("to", Column.Text), ("is_hand_off", Column.Boolean),
    ];

    private static readonly (string Name, Column Kind)[] CallColumns =
    [
        ("id", Column.Uuid), ("call_id", Column.Text), ("offered_at", Column.Time), ("answered_at", Column.Time), ("abandoned_at", Column.Time),
        ("queue_seconds", Column.Integer), ("talk_seconds", Column.Integer), ("ivr_option", Column.Text), ("agent", Column.Text), ("imported_at", Column.Time),
    ];

    private static readonly (string Name, Column Kind)[] ReferralColumns =
    [
        ("id", Column.Uuid), ("contact_id", Column.Uuid), ("type", Column.Text), ("queue_key", Column.Text), ("reason", Column.Text),
        ("referred_at", Column.Time), ("referred_by_id", Column.Text), ("referred_by_name", Column.Text), ("became_enquiry", Column.Boolean),
    ];

    public int Years => Math.Max(1, contacts / 1_000_000);

    /// <summary>
    /// The queue a contact sits in now: 45% Tier 1, 25% Tier 2, the rest spread over the standard pathway teams, so
    /// each team's kept months read a team's share of the rows. From the contact's number, not the random sequence,
    /// so every other generated value is the same as before the contacts were spread.
    /// </summary>
    public static string QueueOf(int contact)
    {
        var teams = WorkQueueOptions.Standard;
        var share = (int)((contact * 37L) % 100);
        return share switch
        {
            < 45 => teams[0].Key,
            < 70 => teams[1].Key,
            _ => teams[2 + ((share - 70) % (teams.Count - 2))].Key,
        };
    }

    private static readonly string[] LoadedTables = ["contacts", "contact_events", "call_records", "contact_referrals"];

    public async Task LoadAsync()
    {
        var watch = Stopwatch.StartNew();
        var remake = options.Provider == DatabaseProvider.Postgres ? await DropPostgresKeysAndIndexesAsync() : await DropSqliteIndexesAsync();
        Console.Error.WriteLine($"dropped {remake.Count} indexes and keys for the load");
        await WriteRowsAsync();
        Console.Error.WriteLine($"rows written in {watch.Elapsed.TotalSeconds:F0} s; making {remake.Count} indexes and keys again …");
        await using var connection = Connect(options);
        await connection.OpenAsync();
        if (options.Provider == DatabaseProvider.Postgres)
        {
            await ExecuteAsync(connection, "SET maintenance_work_mem = '512MB'");
        }

        foreach (var (i, sql) in remake.Index())
        {
            var step = Stopwatch.StartNew();
            await ExecuteAsync(connection, sql);
            Console.Error.WriteLine($"  {i + 1}/{remake.Count} {step.Elapsed.TotalSeconds,5:F0} s  {sql}");
        }

        Console.Error.WriteLine($"loaded with indexes and keys in {watch.Elapsed.TotalSeconds:F0} s");
    }

    /// <summary>
    /// Drops the loaded tables' indexes, primary and unique keys, and every foreign key from or to them; returns the
    /// statements that make them again, in an order that works (keys before the foreign keys that need them).
    /// </summary>
    private async Task<List<string>> DropPostgresKeysAndIndexesAsync()
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync();
        var tables = LoadedTables.ToArray();
        var foreignKeys = await ReadPairsAsync(connection, """
            SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname),
                   format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
            FROM pg_constraint
            WHERE contype = 'f' AND (conrelid::regclass::text = ANY(@tables) OR confrelid::regclass::text = ANY(@tables))
            """, tables);
        var keys = await ReadPairsAsync(connection, """
            SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname),
                   format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
            FROM pg_constraint
            WHERE contype IN ('p', 'u') AND conrelid::regclass::text = ANY(@tables)
            """, tables);
        var indexes = await ReadPairsAsync(connection, """
            SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            WHERE i.indrelid::regclass::text = ANY(@tables) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u'))
            """, tables);
        foreach (var (drop, _) in foreignKeys.Concat(keys).Concat(indexes))
        {
            await ExecuteAsync(connection, drop);
        }

        return [.. keys.Concat(indexes).Concat(foreignKeys).Select(p => p.Make)];
    }

    /// <summary>SQLite: the named indexes only (a table's primary key is part of it).</summary>
    private async Task<List<string>> DropSqliteIndexesAsync()
    {
        await using var connection = new SqliteConnection(options.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({string.Join(", ", LoadedTables.Select(t => $"'{t}'"))})";
        var indexes = new List<(string Name, string Sql)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{name}\"");
        }

        return [.. indexes.Select(i => i.Sql)];
    }

    private static async Task<List<(string Drop, string Make)>> ReadPairsAsync(NpgsqlConnection connection, string sql, string[] tables)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tables", tables);
        var pairs = new List<(string Drop, string Make)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            pairs.Add((reader.GetString(0), reader.GetString(1)));
        }

        return pairs;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private async Task WriteRowsAsync()
    {
        var random = new Random(19);
        var start = now.AddYears(-Years);
        var span = (now - start).Ticks;
        var channels = Enum.GetValues<ContactChannel>();
        var sources = Enum.GetValues<ContactSource>();
        var outcomes = Enum.GetValues<ContactOutcome>();
        var reasons = Enum.GetValues<FailureDemandReason>();
        var stages = Enum.GetValues<ThreeConversationsStage>();
        var referralTypes = Enum.GetValues<ReferralType>();
        var matchState = Enum.GetNames(typeof(Contact).GetProperty(nameof(Contact.MatchState))!.PropertyType)[0];
        var eventKind = Enum.GetNames<ContactEventKind>()[0];
        var recent = new Guid[1024];
        var watch = Stopwatch.StartNew();
        var calls = 0;
        var writing = Task.CompletedTask;
        for (var first = 0; first < contacts; first += Batch)
        {
            var count = Math.Min(Batch, contacts - first);
            var contactRows = new List<object?[]>(count);
            var eventRows = new List<object?[]>(count * 2);
            var callRows = new List<object?[]>(count);
            var referralRows = new List<object?[]>(count / 8);
            for (var i = first; i < first + count; i++)
            {
                // Uniform over the years and in arrival order, as a live system writes them (a month's rows lie together).
                var received = start.AddTicks((long)((i + random.NextDouble()) / contacts * span));
                var id = Guid.CreateVersion7(received);
                var age = now - received;
                var closed = random.NextDouble() < (age > TimeSpan.FromDays(14) ? 0.95 : 0.5);
                var closedAt = closed ? Min(received.AddSeconds(Exponential(random, 2 * 86_400)), now) : (DateTimeOffset?)null;
                var channel = random.NextDouble() < 0.55 ? ContactChannel.Phone : channels[random.Next(channels.Length)];
                var outcome = closed ? outcomes[random.Next(outcomes.Length)].ToString() : null;
                var handOffs = random.NextDouble() switch { < 0.7 => 0, < 0.95 => 1, _ => 2 };
                var recurring = random.NextDouble() < 0.08 && i > 0 ? recent[random.Next(Math.Min(i, recent.Length))] : (Guid?)null;
                recent[i % recent.Length] = id;
                contactRows.Add(
                [
                    id, $"B{i:D10}", channel.ToString(), sources[random.Next(sources.Length)].ToString(), received,
                    closed ? nameof(ContactStatus.Closed) : nameof(ContactStatus.Open), closedAt ?? received, "Benchmark contact: needs help at home after a fall.", matchState,
                    handOffs, false, 1, false, 3, closedAt, outcome,
                    closed && random.NextDouble() < 0.2 ? reasons[random.Next(reasons.Length)].ToString() : null,
                    random.NextDouble() < 0.4 ? stages[random.Next(stages.Length)].ToString() : null, QueueOf(i), recurring,
                    false, false, false,
                ]);

                var firstAction = Min(received.AddSeconds(Exponential(random, 3 * 3600)), closedAt ?? now);
                eventRows.Add([Guid.CreateVersion7(received), id, 1, received, ContactEvent.System.Id, ContactEvent.System.Name, ContactEvent.System.Role, eventKind, null, "tier-1", false]);
                eventRows.Add([Guid.CreateVersion7(firstAction), id, 2, firstAction, "advisor-1", "Bench Advisor", "Advisor", eventKind, null, "advisor-1", false]);

                if (random.NextDouble() < 0.12)
                {
                    var type = referralTypes[random.Next(referralTypes.Length)];
                    bool? enquiry = type == ReferralType.Safeguarding ? random.NextDouble() switch { < 0.4 => true, < 0.8 => false, _ => null } : null;
                    referralRows.Add([Guid.CreateVersion7(received), id, type.ToString(), "mash", "Benchmark", firstAction, "advisor-1", "Bench Advisor", enquiry]);
                }

                // 0.8 calls a contact, offered across the same years.
                var callsHere = random.NextDouble() < 0.8 ? 1 : 0;
                for (var c = 0; c < callsHere; c++)
                {
                    var offered = start.AddTicks((long)((i + random.NextDouble()) / contacts * span));
                    var queue = (int)Exponential(random, 120);
                    var answered = random.NextDouble() < 0.85;
                    callRows.Add(
                    [
                        Guid.CreateVersion7(offered), $"CALL-{calls++:D10}", offered, answered ? offered.AddSeconds(queue) : null, answered ? null : offered.AddSeconds(queue),
                        queue, answered ? 300 : 0, random.NextDouble() < 0.9 ? ((char)('1' + random.Next(4))).ToString() : null, null, offered,
                    ]);
                }
            }

            // The database writes one batch while the next is made.
            await writing;
            var done = first + count;
            writing = WriteBatchAsync(contactRows, eventRows, callRows, referralRows, done, watch);
        }

        await writing;

    }

    private async Task WriteBatchAsync(List<object?[]> contactRows, List<object?[]> eventRows, List<object?[]> callRows, List<object?[]> referralRows, int done, Stopwatch watch)
    {
        await Task.Yield();
        await WriteAsync("contacts", ContactColumns, contactRows);
        await WriteAsync("contact_events", EventColumns, eventRows);
        await WriteAsync("call_records", CallColumns, callRows);
        await WriteAsync("contact_referrals", ReferralColumns, referralRows);
        var rate = done / Math.Max(1, watch.Elapsed.TotalSeconds);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done:N0} / {contacts:N0} contacts written ({rate:N0} a second, {watch.Elapsed.TotalSeconds:F0} s, about {(contacts - done) / rate / 60:F0} min to go)"));
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static double Exponential(Random random, double mean) => -mean * Math.Log(1 - random.NextDouble());

    private Task WriteAsync(string table, (string Name, Column Kind)[] columns, List<object?[]> rows) =>
        options.Provider == DatabaseProvider.Postgres ? CopyAsync(table, columns, rows) : InsertAsync(table, columns, rows);

    private async Task CopyAsync(string table, (string Name, Column Kind)[] columns, List<object?[]> rows)
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync();
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await importer.StartRowAsync();
            for (var i = 0; i < columns.Length; i++)
            {
                if (row[i] is null)
                {
                    await importer.WriteNullAsync();
                    continue;
                }

                switch (columns[i].Kind)
                {
                    case Column.Uuid: await importer.WriteAsync((Guid)row[i]!, NpgsqlDbType.Uuid); break;
                    case Column.Text: await importer.WriteAsync((string)row[i]!, NpgsqlDbType.Text); break;
                    case Column.Integer: await importer.WriteAsync((int)row[i]!, NpgsqlDbType.Integer); break;
                    case Column.Boolean: await importer.WriteAsync((bool)row[i]!, NpgsqlDbType.Boolean); break;
                    case Column.Time: await importer.WriteAsync(((DateTimeOffset)row[i]!).UtcDateTime, NpgsqlDbType.TimestampTz); break;
                }
            }
        }

        await importer.CompleteAsync();
    }

    private static readonly DateTimeOffsetToBinaryConverter SqliteTime = new();

    private async Task InsertAsync(string table, (string Name, Column Kind)[] columns, List<object?[]> rows)
    {
        await using var connection = new SqliteConnection(options.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                // As EF Core's SQLite mapping stores them: GUIDs as upper-case text, times as DateTimeOffsetToBinaryConverter's long.
                parameters[i].Value = row[i] switch
                {
                    null => DBNull.Value,
                    Guid g => g.ToString().ToUpperInvariant(),
                    DateTimeOffset t => SqliteTime.ConvertToProvider(t),
                    bool b => b ? 1 : 0,
                    var v => v,
                };
            }

            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>The value a time is stored as, for hand-written SQL (a literal on PostgreSQL, the binary long on SQLite).</summary>
    public static string SqlLiteral(DatabaseProvider provider, DateTimeOffset at) => provider == DatabaseProvider.Postgres
        ? $"TIMESTAMPTZ '{at.UtcDateTime:yyyy-MM-dd HH:mm:ss}+00'"
        : ((long)SqliteTime.ConvertToProvider(at)!).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static DbConnection Connect(DatabaseOptions options) =>
        options.Provider == DatabaseProvider.Postgres ? new NpgsqlConnection(options.ConnectionString) : new SqliteConnection(options.ConnectionString);
}
