using FrontDoor.Core.Audit;
using FrontDoor.Core.People;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.CaseSystem;

/// <summary>
/// <c>allocation_id,person_id,worker_id,team_id,start_date[,end_date]</c>, with a worker, a team or both on each
/// row; people, workers and teams must have been imported first. A full file ends (dates, never deletes) each
/// current allocation from the case system that it leaves out: on the day before the import, so it is no longer
/// current, or on its start day if it had not yet started.
/// </summary>
internal sealed class AllocationsImport : CaseSystemRowImport<AllocationsImport.Row>
{
    private Dictionary<string, Guid>? _teams;
    private Dictionary<string, Guid>? _workers;

    public override CaseSystemFileKind Kind => CaseSystemFileKind.Allocations;

    public override IReadOnlyCollection<string> Required { get; } = ["allocation_id", "person_id", "start_date"];

    public override IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>
    {
        ["las_id"] = "person_id", ["mosaic_id"] = "person_id", ["case_system_id"] = "person_id", ["client_id"] = "person_id",
        ["from"] = "start_date", ["from_date"] = "start_date", ["to"] = "end_date", ["to_date"] = "end_date",
    };

    public override string IdColumn => "allocation_id";

    public override string? CheckColumns(CaseSystemCsv csv) =>
        csv.Has("worker_id") || csv.Has("team_id") ? null : "this is not an allocations export: it has neither a worker_id nor a team_id column";

    public override bool TryRead(CaseSystemCsv csv, string id, out Row row, out string error)
    {
        row = null!;
        if (!CaseSystemValues.TryId(csv["person_id"], "person_id", out var personId, out error))
        {
            return false;
        }

        string? workerId = null, teamId = null;
        if (csv["worker_id"] is not null && !CaseSystemValues.TryId(csv["worker_id"], "worker_id", out workerId!, out error))
        {
            return false;
        }

        if (csv["team_id"] is not null && !CaseSystemValues.TryId(csv["team_id"], "team_id", out teamId!, out error))
        {
            return false;
        }

        if (workerId is null && teamId is null)
        {
            error = "worker_id and team_id are both empty: an allocation is to a worker, a team or both";
            return false;
        }

        if (!CaseSystemValues.TryDate(csv["start_date"], out var from))
        {
            error = csv["start_date"] is null ? "start_date is empty" : $"start_date is not a date {CaseSystemValues.DateExample}";
            return false;
        }

        DateOnly? to = null;
        if (csv["end_date"] is { } endText)
        {
            if (!CaseSystemValues.TryDate(endText, out var end))
            {
                error = $"end_date is not a date {CaseSystemValues.DateExample}";
                return false;
            }

            if (end < from)
            {
                error = "end_date is before start_date";
                return false;
            }

            to = end;
        }

        row = new Row(id, personId, workerId, teamId, from, to);
        return true;
    }

    public override async Task ApplyAsync(IReadOnlyList<NumberedRow<Row>> batch, CaseSystemImportScope scope, CaseSystemImportTally tally, CancellationToken cancellationToken)
    {
        var db = scope.Db;
        _teams ??= await db.Teams.AsNoTracking().Where(t => t.CaseSystemId != null).ToDictionaryAsync(t => t.CaseSystemId!, t => t.Id, StringComparer.Ordinal, cancellationToken);
        _workers ??= await db.Workers.AsNoTracking().Where(w => w.CaseSystemId != null).ToDictionaryAsync(w => w.CaseSystemId!, w => w.Id, StringComparer.Ordinal, cancellationToken);
        var people = await CaseSystemPeople.ResolveAsync(db, [.. batch.Select(b => b.Row.PersonId)], cancellationToken);
        var ids = batch.Select(b => b.Row.Id).ToList();
        var allocations = await db.Allocations.Where(a => ids.Contains(a.CaseSystemId!)).ToDictionaryAsync(a => a.CaseSystemId!, StringComparer.Ordinal, cancellationToken);
        var touched = new List<Guid>();
        foreach (var (line, row) in batch)
        {
            if (!people.TryGetValue(row.PersonId, out var personId))
            {
                tally.Refuse(line, "person_id is not a person FrontDoor holds: import the people export first");
                continue;
            }

            Guid? workerId = null, teamId = null;
            if (row.WorkerId is not null)
            {
                if (!_workers.TryGetValue(row.WorkerId, out var worker))
                {
                    tally.Refuse(line, "worker_id is not a worker FrontDoor holds: import the workers export first");
                    continue;
                }

                workerId = worker;
            }

            if (row.TeamId is not null)
            {
                if (!_teams.TryGetValue(row.TeamId, out var team))
                {
                    tally.Refuse(line, "team_id is not a team FrontDoor holds: import the teams export first");
                    continue;
                }

                teamId = team;
            }

            if (!allocations.TryGetValue(row.Id, out var allocation))
            {
                allocation = new Allocation(Guid.CreateVersion7(scope.Now), personId, workerId, teamId, row.From, scope.Now, row.To);
                allocation.SetCaseSystemId(row.Id);
                db.Allocations.Add(allocation);
                touched.Add(personId);
                tally.Added++;
                continue;
            }

            var changes = new FieldChanges();
            changes.Compare("person_id", allocation.PersonId, personId);
            changes.Compare("worker_id", allocation.WorkerId, workerId);
            changes.Compare("team_id", allocation.TeamId, teamId);
            changes.Compare("start_date", allocation.From, row.From);
            changes.Compare("end_date", allocation.To, row.To);
            if (!changes.Any)
            {
                tally.Unchanged++;
                continue;
            }

            allocation.Update(personId, workerId, teamId, row.From, row.To, scope.Now);
            db.Add(changes.ToChange(scope, Kind, allocation.Id, row.Id));
            touched.Add(personId);
            tally.Changed++;
        }

        if (touched.Count > 0)
        {
            scope.Audit.Record(scope.Actor, AuditAction.Updated, nameof(Allocation), null, scope.Origin, $"{touched.Count} allocations added or changed by the {scope.Describe}", touched);
        }
    }

    public override async Task<List<string>> MissingFromAsync(IReadOnlySet<string> idsInFile, CaseSystemImportScope scope, CancellationToken cancellationToken)
    {
        var today = scope.Today;
        var current = await scope.Db.Allocations.AsNoTracking().Where(a => a.CaseSystemId != null && (a.To == null || a.To >= today))
            .Select(a => a.CaseSystemId!).ToListAsync(cancellationToken);
        return [.. current.Where(id => !idsInFile.Contains(id))];
    }

    public override async Task EndAsync(IReadOnlyList<string> ids, CaseSystemImportScope scope, CaseSystemImportTally tally, CancellationToken cancellationToken)
    {
        var allocations = await scope.Db.Allocations.Where(a => ids.Contains(a.CaseSystemId!)).ToListAsync(cancellationToken);
        var yesterday = scope.Today.AddDays(-1);
        foreach (var allocation in allocations)
        {
            var before = allocation.To;
            allocation.End(allocation.From > yesterday ? allocation.From : yesterday, scope.Now);
            var changes = new FieldChanges();
            changes.Compare("end_date", before, allocation.To);
            scope.Db.Add(changes.ToChange(scope, Kind, allocation.Id, allocation.CaseSystemId!, CaseSystemChangeKind.Ended));
        }

        tally.Ended += allocations.Count;
        scope.Audit.Record(scope.Actor, AuditAction.Updated, nameof(Allocation), null, scope.Origin,
            $"{allocations.Count} allocations ended by the {scope.Describe}", allocations.Select(a => a.PersonId));
    }

    internal sealed record Row(string Id, string PersonId, string? WorkerId, string? TeamId, DateOnly From, DateOnly? To);
}
