using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace FrontDoor.Import.Bench;

/// <summary>
/// The baseline: the fastest plain load each database offers for the same rows, into an empty copy of the people
/// table with the same indexes. It reads the same file (split on commas: the generator writes no quoted fields),
/// parses dates and splits phones but validates nothing, keeps no history or audit and compares with nothing.
/// </summary>
internal static class BulkLoad
{
    private const string Table = "people_baseline";

    private static readonly string[] Columns =
    [
        "id", "las_id", "given_name", "family_name", "known_as", "former_family_name", "date_of_birth", "nhs_number", "address_line1",
        "address_line2", "address_line3", "town", "postcode", "phones", "email", "interpreter_language", "needs_bsl", "needs_easy_read",
        "needs_large_print", "other_communication_needs", "preferred_channel", "consents_to_sms", "created_at", "updated_at",
    ];

    /// <summary>PostgreSQL's binary COPY (Npgsql's BeginBinaryImport) into <c>CREATE TABLE … (LIKE people INCLUDING ALL)</c>.</summary>
    public static async Task PostgresAsync(string connectionString, string file)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"DROP TABLE IF EXISTS {Table}; CREATE TABLE {Table} (LIKE people INCLUDING ALL)", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        var now = DateTimeOffset.UtcNow;
        var rows = 0;
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY {Table} ({string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var f in Rows(file))
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(now), NpgsqlDbType.Uuid);
                for (var i = 0; i <= 3; i++)
                {
                    await WriteTextAsync(copy, f[i]);
                }

                await WriteTextAsync(copy, f[4]);
                if (Date(f[5]) is { } dob)
                {
                    await copy.WriteAsync(dob, NpgsqlDbType.Date);
                }
                else
                {
                    await copy.WriteNullAsync();
                }

                for (var i = 6; i <= 11; i++)
                {
                    await WriteTextAsync(copy, f[i]);
                }

                await copy.WriteAsync(Phones(f[12]), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await WriteTextAsync(copy, f[13]);
                await WriteTextAsync(copy, f[14]);
                await copy.WriteAsync(f[15] == "yes", NpgsqlDbType.Boolean);
                await copy.WriteAsync(f[16] == "yes", NpgsqlDbType.Boolean);
                await copy.WriteAsync(f[17] == "yes", NpgsqlDbType.Boolean);
                await WriteTextAsync(copy, f[18]);
                await copy.WriteAsync("Phone", NpgsqlDbType.Varchar);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                Progress(++rows);
            }

            await copy.CompleteAsync();
        }
    }

    /// <summary>SQLite's fastest plain load: one prepared INSERT, its parameters rebound per row, all in one transaction.</summary>
    public static async Task SqliteAsync(string connectionString, string file)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            // SQLite has no CREATE TABLE … LIKE: copy the people table's and its indexes' own SQL under another name.
            create.CommandText = "SELECT sql FROM sqlite_master WHERE tbl_name = 'people' AND sql IS NOT NULL";
            var statements = new List<string>();
            await using (var reader = await create.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    statements.Add(reader.GetString(0).Replace("\"people\"", $"\"{Table}\"", StringComparison.Ordinal)
                        .Replace("\"ix_people_", $"\"ix_{Table}_", StringComparison.Ordinal).Replace("\"pk_people\"", $"\"pk_{Table}\"", StringComparison.Ordinal)
                        .Replace("\"fk_people_people_merged_into_id\"", $"\"fk_{Table}_merged_into_id\"", StringComparison.Ordinal));
                }
            }

            create.CommandText = $"DROP TABLE IF EXISTS {Table}; " + string.Join("; ", statements);
            await create.ExecuteNonQueryAsync();
        }

        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {Table} ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"$p{i}"))})";
        var parameters = Columns.Select((_, i) => insert.Parameters.Add($"$p{i}", SqliteType.Text)).ToArray();
        parameters[16].SqliteType = parameters[17].SqliteType = parameters[18].SqliteType = parameters[21].SqliteType = SqliteType.Integer;
        insert.Prepare();
        var rows = 0;
        foreach (var f in Rows(file))
        {
            parameters[0].Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
            for (var i = 0; i <= 4; i++)
            {
                parameters[i + 1].Value = Text(f[i]);
            }

            parameters[6].Value = Date(f[5]) is { } dob ? dob.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
            for (var i = 6; i <= 11; i++)
            {
                parameters[i + 1].Value = Text(f[i]);
            }

            parameters[13].Value = "[" + string.Join(',', Phones(f[12]).Select(p => "\"" + p + "\"")) + "]";
            parameters[14].Value = Text(f[13]);
            parameters[15].Value = Text(f[14]);
            parameters[16].Value = f[15] == "yes" ? 1 : 0;
            parameters[17].Value = f[16] == "yes" ? 1 : 0;
            parameters[18].Value = f[17] == "yes" ? 1 : 0;
            parameters[19].Value = Text(f[18]);
            parameters[20].Value = "Phone";
            parameters[21].Value = 0;
            parameters[22].Value = now;
            parameters[23].Value = now;
            await insert.ExecuteNonQueryAsync();
            Progress(++rows);
        }

        await transaction.CommitAsync();
    }

    private static IEnumerable<string[]> Rows(string file)
    {
        using var reader = new StreamReader(file, Encoding.UTF8, true, 1 << 20);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            yield return line.Split(',');
        }
    }

    private static object Text(string value) => value.Length == 0 ? DBNull.Value : value;

    private static async Task WriteTextAsync(NpgsqlBinaryImporter copy, string value)
    {
        if (value.Length == 0)
        {
            await copy.WriteNullAsync();
        }
        else
        {
            await copy.WriteAsync(value, NpgsqlDbType.Varchar);
        }
    }

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>Spaces taken out, nothing checked: no phone-number parsing in a plain load.</summary>
    private static string[] Phones(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.Replace(" ", "", StringComparison.Ordinal)).ToArray();

    private static void Progress(int rows)
    {
        if (rows % 200_000 == 0)
        {
            Console.Error.WriteLine($"  {rows:N0} rows");
        }
    }
}
