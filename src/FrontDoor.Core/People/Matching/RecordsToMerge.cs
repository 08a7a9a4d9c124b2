using System.Globalization;
using CsvHelper;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.People.Matching;

/// <summary>
/// Pairs of records someone decided are one person, for the case-system team to merge there: a page at a time on
/// screen, or all of them as CSV. Both are on the audit trail with every person shown.
/// </summary>
public sealed class RecordsToMerge(FrontDoorDbContext db, AuditLog audit)
{
    private const string RecordType = "RecordsToMerge";

    public static readonly IReadOnlyList<string> CsvHeader =
    [
        "first_las_id", "first_name", "first_date_of_birth", "first_nhs_number",
        "second_las_id", "second_name", "second_date_of_birth", "second_nhs_number",
        "decided_at", "decided_by", "frontdoor_first_id", "frontdoor_second_id",
    ];

    /// <summary>Oldest decision first, so the longest waiting is merged first.</summary>
    public async Task<RecordsToMergePage> ReadAsync(int pageSize, int pageNumber, AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        var total = await SamePerson().CountAsync(cancellationToken);
        var decisions = await SamePerson().OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).Skip((pageNumber - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var rows = await WithPeopleAsync(decisions, cancellationToken);
        audit.Record(actor, AuditAction.Viewed, RecordType, null, origin, $"records to merge, {rows.Count} pairs shown", rows.SelectMany(r => new[] { r.First.Id, r.Second.Id }));
        await db.SaveChangesAsync(cancellationToken);
        return new RecordsToMergePage(rows, total);
    }

    /// <summary>Every pair as CSV for the case-system team, with the identifiers they merge by; the export is audited.</summary>
    public async Task<string> ExportCsvAsync(AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        var decisions = await SamePerson().OrderBy(d => d.DecidedAt).ThenBy(d => d.Id).ToListAsync(cancellationToken);
        var rows = await WithPeopleAsync(decisions, cancellationToken);
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = new CsvWriter(text, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = CsvHelper.Configuration.InjectionOptions.Escape }))
        {
            foreach (var column in CsvHeader)
            {
                csv.WriteField(column);
            }

            await csv.NextRecordAsync();
            foreach (var row in rows)
            {
                foreach (var person in new[] { row.First, row.Second })
                {
                    csv.WriteField(person.LasId ?? string.Empty);
                    csv.WriteField(person.Name.Display);
                    csv.WriteField(person.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
                    csv.WriteField(person.NhsNumber?.Value ?? string.Empty);
                }

                csv.WriteField(row.DecidedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                csv.WriteField(row.DecidedBy);
                csv.WriteField(row.First.Id.ToString("D"));
                csv.WriteField(row.Second.Id.ToString("D"));
                await csv.NextRecordAsync();
            }
        }

        audit.Record(actor, AuditAction.Exported, RecordType, null, origin, $"records to merge exported as CSV, {rows.Count} pairs", rows.SelectMany(r => new[] { r.First.Id, r.Second.Id }));
        await db.SaveChangesAsync(cancellationToken);
        return text.ToString();
    }

    private IQueryable<DuplicateDecision> SamePerson() => db.DuplicateDecisions.AsNoTracking().Where(d => d.Verdict == DuplicateVerdict.SamePerson);

    private async Task<List<RecordToMerge>> WithPeopleAsync(List<DuplicateDecision> decisions, CancellationToken cancellationToken)
    {
        var ids = decisions.SelectMany(d => new[] { d.LowerPersonId, d.HigherPersonId }).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return decisions.Select(d => new RecordToMerge(d.Id, people[d.LowerPersonId], people[d.HigherPersonId], d.DecidedAt, d.DecidedBy)).ToList();
    }
}

/// <summary>Two records someone decided are one person, waiting to be merged in the case management system.</summary>
public sealed record RecordToMerge(Guid DecisionId, Person First, Person Second, DateTimeOffset DecidedAt, string DecidedBy);

public sealed record RecordsToMergePage(IReadOnlyList<RecordToMerge> Rows, int Total);
