using FrontDoor.Core.People;
using FrontDoor.Core.Teams;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.CaseSystem;

/// <summary><c>worker_id,name,role,team_id[,work_phone][,email]</c>; the team must have been imported first.</summary>
internal sealed class WorkersImport : CaseSystemRowImport<WorkersImport.Row>
{
    private Dictionary<string, Guid>? _teams;

    public override CaseSystemFileKind Kind => CaseSystemFileKind.Workers;

    public override IReadOnlyCollection<string> Required { get; } = ["worker_id", "name", "role", "team_id"];

    public override IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>
    {
        ["worker_name"] = "name", ["job_title"] = "role", ["phone"] = "work_phone", ["telephone"] = "work_phone",
        ["work_email"] = "email", ["email_address"] = "email",
    };

    public override string IdColumn => "worker_id";

    // The short forms case systems and rotas use, beside the roles' own names.
    private static readonly Dictionary<string, WorkerRole> ShortForms = new(StringComparer.Ordinal)
    {
        ["sw"] = WorkerRole.SocialWorker, ["ot"] = WorkerRole.OccupationalTherapist, ["amhp"] = WorkerRole.ApprovedMentalHealthProfessional,
        ["csw"] = WorkerRole.CommunitySupportWorker, ["csa"] = WorkerRole.CustomerServiceAdvisor, ["advisor"] = WorkerRole.CustomerServiceAdvisor,
        ["adviser"] = WorkerRole.CustomerServiceAdvisor, ["customerserviceadviser"] = WorkerRole.CustomerServiceAdvisor, ["manager"] = WorkerRole.TeamManager,
    };

    /// <summary>"Social worker", "social_worker", "SocialWorker", and the short forms in <see cref="ShortForms"/>.</summary>
    public static bool TryRole(string? text, out WorkerRole role)
    {
        var squashed = new string((text ?? string.Empty).Where(char.IsAsciiLetter).ToArray()).ToLowerInvariant();
        return ShortForms.TryGetValue(squashed, out role)
            || (squashed.Length > 0 && Enum.TryParse(squashed, ignoreCase: true, out role));
    }

    public override bool TryRead(CaseSystemCsv csv, string id, out Row row, out string error)
    {
        row = null!;
        var name = csv["name"];
        if (name is null || name.Length > 120)
        {
            error = name is null ? "name is empty" : "name must be 120 characters or fewer";
            return false;
        }

        if (!TryRole(csv["role"], out var role))
        {
            error = "role is not one FrontDoor knows: social worker, senior practitioner, occupational therapist, community support worker, reablement worker, approved mental health professional, customer service advisor or team manager";
            return false;
        }

        if (!CaseSystemValues.TryId(csv["team_id"], "team_id", out var teamId, out error))
        {
            return false;
        }

        PhoneNumber? workPhone = null;
        if (csv["work_phone"] is { } phoneText)
        {
            if (!PhoneNumber.TryParse(phoneText, out var phone, out _))
            {
                error = "work_phone is not a UK phone number";
                return false;
            }

            workPhone = phone;
        }

        string? email = null;
        if (csv["email"] is { } emailText)
        {
            email = emailText.Trim();
            if (email.Length > Person.MaxEmailLength || !System.Net.Mail.MailAddress.TryCreate(email, out var address) || address.Address != email)
            {
                error = "email is not an email address";
                return false;
            }
        }

        row = new Row(id, name, role, teamId, workPhone, csv.Has("work_phone"), email, csv.Has("email"));
        return true;
    }

    public override async Task ApplyAsync(IReadOnlyList<NumberedRow<Row>> batch, CaseSystemImportScope scope, CaseSystemImportTally tally, CancellationToken cancellationToken)
    {
        _teams ??= await scope.Db.Teams.AsNoTracking().Where(t => t.CaseSystemId != null).ToDictionaryAsync(t => t.CaseSystemId!, t => t.Id, StringComparer.Ordinal, cancellationToken);
        var ids = batch.Select(b => b.Row.Id).ToList();
        var workers = await scope.Db.Workers.Where(w => ids.Contains(w.CaseSystemId!)).ToDictionaryAsync(w => w.CaseSystemId!, StringComparer.Ordinal, cancellationToken);
        foreach (var (line, row) in batch)
        {
            if (!_teams.TryGetValue(row.TeamId, out var teamId))
            {
                tally.Refuse(line, "team_id is not a team FrontDoor holds: import the teams export first");
                continue;
            }

            if (!workers.TryGetValue(row.Id, out var worker))
            {
                worker = new Worker(Guid.CreateVersion7(scope.Now), row.Name, row.Role, teamId, row.WorkPhone, row.Email);
                worker.SetCaseSystemId(row.Id);
                scope.Db.Workers.Add(worker);
                tally.Added++;
                continue;
            }

            // A file without the column leaves what FrontDoor holds; with it, an empty cell clears it.
            var workPhone = row.HasWorkPhone ? row.WorkPhone : worker.WorkPhone;
            var email = row.HasEmail ? row.Email : worker.Email;
            var changes = new FieldChanges();
            changes.Compare("name", worker.Name, row.Name);
            changes.Compare("role", worker.Role, row.Role);
            changes.Compare("team_id", worker.TeamId, teamId);
            changes.Compare("work_phone", worker.WorkPhone?.Value, workPhone?.Value);
            changes.Compare("email", worker.Email, email);
            var returned = worker.LeftCaseSystemAt is not null;
            if (!changes.Any && !returned)
            {
                tally.Unchanged++;
                continue;
            }

            worker.Update(row.Name, row.Role, teamId, workPhone, email);
            worker.ReturnToCaseSystem();
            scope.Db.Add(changes.ToChange(scope, Kind, worker.Id, row.Id, returned ? CaseSystemChangeKind.Returned : CaseSystemChangeKind.Changed));
            tally.Changed++;
        }
    }

    public override Task<List<string>> MissingFromAsync(IReadOnlySet<string> idsInFile, CaseSystemImportScope scope, CancellationToken cancellationToken) =>
        ListedMissingFromAsync(scope.Db.Workers, idsInFile, cancellationToken);

    public override Task EndAsync(IReadOnlyList<string> ids, CaseSystemImportScope scope, CaseSystemImportTally tally, CancellationToken cancellationToken) =>
        MarkLeftAsync(scope.Db.Workers, ids, scope, tally, cancellationToken);

    internal sealed record Row(string Id, string Name, WorkerRole Role, string TeamId, PhoneNumber? WorkPhone, bool HasWorkPhone, string? Email, bool HasEmail);
}
