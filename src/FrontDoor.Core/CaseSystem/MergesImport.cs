using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.CaseSystem;

/// <summary>
/// <c>kept_id,merged_id</c>: the case system merged the second record into the first. FrontDoor follows: the
/// merged record's contacts (open or closed) and allocations move to the kept record, with a line on each
/// contact's timeline; the pair leaves the duplicates report, decided as merged; the merged record leaves
/// matching and search; and its id becomes an alias, so a search or referral quoting it finds the kept record.
/// </summary>
internal sealed class MergesImport : CaseSystemRowImport<MergesImport.Row>
{
    public override CaseSystemFileKind Kind => CaseSystemFileKind.Merges;

    public override IReadOnlyCollection<string> Required { get; } = ["kept_id", "merged_id"];

    public override IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>
    {
        ["kept"] = "kept_id", ["master_id"] = "kept_id", ["surviving_id"] = "kept_id", ["merged"] = "merged_id", ["duplicate_id"] = "merged_id",
    };

    /// <summary>A record is merged away once, so each merged id may appear once in a file.</summary>
    public override string IdColumn => "merged_id";

    public override bool TryRead(CaseSystemCsv csv, string id, out Row row, out string error)
    {
        row = null!;
        if (!CaseSystemValues.TryId(csv["kept_id"], "kept_id", out var kept, out error))
        {
            return false;
        }

        if (kept == id)
        {
            error = "kept_id and merged_id are the same";
            return false;
        }

        row = new Row(kept, id);
        return true;
    }

    public override async Task ApplyAsync(IReadOnlyList<NumberedRow<Row>> batch, CaseSystemImportScope scope, CaseSystemImportTally tally, CancellationToken cancellationToken)
    {
        // One by one, saving none until the batch commits: a later row may merge the record an earlier one kept.
        foreach (var (line, row) in batch)
        {
            var error = await MergeAsync(row, scope, tally, cancellationToken);
            if (error is not null)
            {
                tally.Refuse(line, error);
            }
        }
    }

    private async Task<string?> MergeAsync(Row row, CaseSystemImportScope scope, CaseSystemImportTally tally, CancellationToken cancellationToken)
    {
        var db = scope.Db;
        var kept = await FindAsync(row.KeptId, scope, cancellationToken);
        if (kept is null)
        {
            return "kept_id is not a person FrontDoor holds: import the people export first";
        }

        var alias = await db.CaseSystemAliases.FindAsync([row.MergedId], cancellationToken);
        if (alias is not null)
        {
            if (alias.PersonId == kept.Id)
            {
                tally.Unchanged++;
                return null;
            }

            return "merged_id was already merged into a different record";
        }

        var merged = db.People.Local.FirstOrDefault(p => p.LasId == row.MergedId)
            ?? await db.People.FirstOrDefaultAsync(p => p.LasId == row.MergedId, cancellationToken);
        if (merged?.Id == kept.Id)
        {
            return "kept_id is itself the record merged_id names";
        }

        db.CaseSystemAliases.Add(new CaseSystemAlias(row.MergedId, kept.Id, scope.Now, scope.Run.Id));
        tally.Added++;
        if (merged is null)
        {
            // The case system merged a record FrontDoor never held: the old id still finds the kept record.
            return null;
        }

        await MoveEverythingAsync(merged, kept, row, scope, cancellationToken);
        merged.MergeInto(kept.Id, scope.Now);
        var changes = new FieldChanges();
        changes.Compare("merged_into", (string?)null, row.KeptId);
        db.Add(changes.ToChange(scope, Kind, merged.Id, row.MergedId, CaseSystemChangeKind.Merged));
        scope.Audit.Record(scope.Actor, AuditAction.Updated, nameof(Person), AuditEvent.IdOf(merged.Id), scope.Origin,
            $"record merged into {AuditEvent.IdOf(kept.Id)} by the {scope.Describe}", [merged.Id, kept.Id]);
        return null;
    }

    private static async Task MoveEverythingAsync(Person merged, Person kept, Row row, CaseSystemImportScope scope, CancellationToken cancellationToken)
    {
        var db = scope.Db;
        foreach (var contact in await db.Contacts.Where(c => c.PersonId == merged.Id).ToListAsync(cancellationToken))
        {
            contact.FollowMergedPerson(merged.Id, kept.Id);
            db.ContactTimelineEntries.Add(new ContactTimelineEntry(Guid.CreateVersion7(scope.Now), contact.Id, scope.Now, scope.Describe, TimelineEntryKind.Matched,
                $"The case system merged this person's record (case-system id {row.MergedId}) into the record with case-system id {row.KeptId}; the contact now belongs to that record."));
        }

        foreach (var allocation in await db.Allocations.Where(a => a.PersonId == merged.Id).ToListAsync(cancellationToken))
        {
            allocation.MoveToPerson(kept.Id, scope.Now);
        }

        // Ids that were merged into this record follow it on.
        foreach (var earlier in await db.CaseSystemAliases.Where(a => a.PersonId == merged.Id).ToListAsync(cancellationToken))
        {
            earlier.MoveTo(kept.Id, scope.Now);
        }

        // The merged record is gone from the case system, so every pair it is in leaves the report.
        db.ProbableDuplicates.RemoveRange(await db.ProbableDuplicates.Where(d => d.FirstPersonId == merged.Id || d.SecondPersonId == merged.Id).ToListAsync(cancellationToken));
        var (lower, higher) = DuplicateDecision.Ordered(merged.Id, kept.Id);
        var decision = await db.DuplicateDecisions.FirstOrDefaultAsync(d => d.LowerPersonId == lower && d.HigherPersonId == higher, cancellationToken);
        if (decision is null)
        {
            db.DuplicateDecisions.Add(new DuplicateDecision(Guid.CreateVersion7(scope.Now), lower, higher, DuplicateVerdict.MergedInCaseSystem, scope.Actor.Id, scope.Now));
        }
        else
        {
            decision.Decide(DuplicateVerdict.MergedInCaseSystem, scope.Actor.Id, scope.Now);
        }
    }

    private static async Task<Person?> FindAsync(string caseSystemId, CaseSystemImportScope scope, CancellationToken cancellationToken)
    {
        var db = scope.Db;
        if (db.People.Local.FirstOrDefault(p => p.LasId == caseSystemId) is { } local)
        {
            return local;
        }

        var personId = (await CaseSystemPeople.ResolveAsync(db, [caseSystemId], cancellationToken)).GetValueOrDefault(caseSystemId);
        if (personId == Guid.Empty)
        {
            // An alias added earlier in this batch is not saved yet.
            personId = db.CaseSystemAliases.Local.FirstOrDefault(a => a.CaseSystemId == caseSystemId)?.PersonId ?? Guid.Empty;
        }

        var person = personId == Guid.Empty ? null : await db.People.FindAsync([personId], cancellationToken);

        // Merged earlier in this batch (not saved yet, so the database still has its id): its kept record stands in.
        while (person is { MergedIntoId: { } keptId })
        {
            person = await db.People.FindAsync([keptId], cancellationToken);
        }

        return person;
    }

    internal sealed record Row(string KeptId, string MergedId);
}
