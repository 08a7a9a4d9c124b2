using System.Diagnostics;
using System.Text;
using FrontDoor.Core.People.Search;
using Npgsql;

namespace FrontDoor.Search.Bench;

/// <summary>
/// The comparison: the search a team would build straight on PostgreSQL with pg_trgm, reading the box with the same
/// parser as the product. Exact NHS number or LAS ID when given; otherwise trigram similarity on the name, with date
/// of birth and postcode as filters. Bench only: no sign-in and no audit, so it is if anything flattered.
/// </summary>
internal static class TrigramSearchApp
{
    private const string FullName = "(given_name || ' ' || family_name)";

    public static async Task<int> RunAsync(string connection, string url)
    {
        await using var dataSource = NpgsqlDataSource.Create(connection);
        await PrepareAsync(dataSource);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.MapGet("/trgm/search", async (string? q, int? max, CancellationToken cancellationToken) =>
        {
            var query = PersonSearchQueryParser.Parse(q, CountyLoader.Until);
            return Results.Ok(new { people = await SearchAsync(dataSource, query, Math.Clamp(max ?? 10, 1, 50), cancellationToken) });
        });
        await app.RunAsync();
        return 0;
    }

    private static async Task PrepareAsync(NpgsqlDataSource dataSource)
    {
        var stopwatch = Stopwatch.StartNew();
        string[] statements =
        [
            "CREATE EXTENSION IF NOT EXISTS pg_trgm",
            $"CREATE INDEX IF NOT EXISTS bench_people_full_name_trgm ON people USING gin ({FullName} gin_trgm_ops)",
            "CREATE INDEX IF NOT EXISTS bench_people_family_name_trgm ON people USING gin (family_name gin_trgm_ops)",
            "CREATE INDEX IF NOT EXISTS bench_people_postcode ON people (postcode)",
            "ANALYZE people",
        ];
        foreach (var sql in statements)
        {
            await using var command = dataSource.CreateCommand(sql);
            command.CommandTimeout = 1_200;
            await command.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"pg_trgm extension and indexes ready in {stopwatch.Elapsed.TotalSeconds:N0} s");
    }

    private static async Task<List<object>> SearchAsync(NpgsqlDataSource dataSource, PersonSearchQuery query, int max, CancellationToken cancellationToken)
    {
        var record = query.Record;
        var sql = new StringBuilder("SELECT id FROM people WHERE ");
        await using var command = dataSource.CreateCommand();
        if (record.NhsNumber is { } nhs)
        {
            sql.Append("nhs_number = @nhs");
            command.Parameters.AddWithValue("nhs", nhs);
        }
        else if (record.LasId is { } lasId)
        {
            sql.Append("las_id = @las");
            command.Parameters.AddWithValue("las", lasId);
        }
        else if (query.HasName)
        {
            var (column, name) = record.GivenName is null ? ("family_name", record.FamilyName!) : (FullName, $"{record.GivenName} {record.FamilyName}");
            sql.Append(column).Append(" % @name");
            command.Parameters.AddWithValue("name", name);
            AppendFilters(sql, command, query);
            sql.Append(" ORDER BY similarity(").Append(column).Append(", @name) DESC");
        }
        else if (record.DateOfBirth is not null || record.Postcode is not null)
        {
            sql.Append("TRUE");
            AppendFilters(sql, command, query);
        }
        else
        {
            return [];
        }

        sql.Append(" LIMIT @max");
        command.Parameters.AddWithValue("max", max);
        command.CommandText = sql.ToString();
        var ids = new List<object>(max);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(new { id = reader.GetGuid(0) });
        }

        return ids;
    }

    private static void AppendFilters(StringBuilder sql, NpgsqlCommand command, PersonSearchQuery query)
    {
        if (query.Record.DateOfBirth is { } dob)
        {
            sql.Append(" AND date_of_birth = @dob");
            command.Parameters.AddWithValue("dob", DateOnly.ParseExact(dob, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (query.Record.Postcode is { } postcode)
        {
            sql.Append(" AND postcode = @postcode");
            command.Parameters.AddWithValue("postcode", postcode);
        }
    }
}
