using FrontDoor.Core.People;
using FrontDoor.Core.Teams;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.CaseSystem;

/// <summary>
/// <c>team_id,name,duty_phone,duty_email[,opens,closes,open_weekends]</c>. A team FrontDoor already holds under
/// the same name but with no case-system id (set up before the first import) is adopted rather than doubled.
/// </summary>
internal sealed class TeamsImport : CaseSystemRowImport<TeamsImport.Row>
{
    public override CaseSystemFileKind Kind => CaseSystemFileKind.Teams;

    public override IReadOnlyCollection<string> Required { get; } = ["team_id", "name", "duty_phone", "duty_email"];

    public override IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>
    {
        ["team_name"] = "name", ["phone"] = "duty_phone", ["email"] = "duty_email", ["duty_line"] = "duty_phone",
        ["opening_time"] = "opens", ["closing_time"] = "closes", ["weekends"] = "open_weekends",
    };

    public override string IdColumn => "team_id";

    public override bool TryRead(CaseSystemCsv csv, string id, out Row row, out string error)
    {
        row = null!;
        var name = csv["name"];
        if (name is null || name.Length > 120)
        {
            error = name is null ? "name is empty" : "name must be 120 characters or fewer";
            return false;
        }

        if (!PhoneNumber.TryParse(csv["duty_phone"], out var phone, out _))
        {
            error = "duty_phone is not a UK phone number";
            return false;
        }

        if (csv["duty_email"] is not { } email || !Person.IsEmailAddress(email))
        {
            error = "duty_email is not an email address, like duty@example.gov.uk";
            return false;
        }

        var hours = OpeningHours.OfficeHours;
        if (csv["opens"] is not null || csv["closes"] is not null)
        {
            if (!CaseSystemValues.TryTime(csv["opens"], out var opens) || !CaseSystemValues.TryTime(csv["closes"], out var closes))
            {
                error = "opens and closes must both be times, like 08:30 and 17:00";
                return false;
            }

            if (closes <= opens)
            {
                error = "closes must be after opens";
                return false;
            }

            if (!CaseSystemValues.TryYesNo(csv["open_weekends"], out var weekends))
            {
                error = "open_weekends must be yes or no";
                return false;
            }

            hours = new OpeningHours(opens, closes, weekends);
        }

        row = new Row(id, name, phone, email, hours);
        error = string.Empty;
        return true;
    }

    public override async Task ApplyAsync(IReadOnlyList<NumberedRow<Row>> batch, CaseSystemImportScope scope, CaseSystemImportTally tally, CancellationToken cancellationToken)
    {
        // A council has tens of teams: all of them, tracked, for ids and names alike.
        var teams = await scope.Db.Teams.ToListAsync(cancellationToken);
        foreach (var (line, row) in batch)
        {
            var team = teams.Find(t => t.CaseSystemId == row.Id)
                ?? teams.Find(t => t.CaseSystemId is null && string.Equals(t.Name, row.Name, StringComparison.OrdinalIgnoreCase));
            if (teams.Any(t => t != team && string.Equals(t.Name, row.Name, StringComparison.OrdinalIgnoreCase)))
            {
                tally.Refuse(line, "name is already another team's: each team needs its own name");
                continue;
            }

            if (team is null)
            {
                team = new Team(Guid.CreateVersion7(scope.Now), row.Name, row.DutyPhone, row.DutyEmail, row.Hours);
                team.SetCaseSystemId(row.Id);
                scope.Db.Teams.Add(team);
                teams.Add(team);
                tally.Added++;
                continue;
            }

            var changes = new FieldChanges();
            changes.Compare("team_id", team.CaseSystemId, row.Id);
            changes.Compare("name", team.Name, row.Name);
            changes.Compare("duty_phone", team.DutyPhone.Value, row.DutyPhone.Value);
            changes.Compare("duty_email", team.DutyEmail, row.DutyEmail);
            changes.Compare("opening_hours", team.OpeningHours, row.Hours);
            var returned = team.LeftCaseSystemAt is not null;
            if (!changes.Any && !returned)
            {
                tally.Unchanged++;
                continue;
            }

            team.SetCaseSystemId(row.Id);
            team.Update(row.Name, row.DutyPhone, row.DutyEmail, row.Hours);
            team.ReturnToCaseSystem();
            scope.Db.Add(changes.ToChange(scope, Kind, team.Id, row.Id, returned ? CaseSystemChangeKind.Returned : CaseSystemChangeKind.Changed));
            tally.Changed++;
        }
    }

    public override Task<List<string>> MissingFromAsync(IReadOnlySet<string> idsInFile, CaseSystemImportScope scope, CancellationToken cancellationToken) =>
        ListedMissingFromAsync(scope.Db.Teams, idsInFile, cancellationToken);

    public override Task EndAsync(IReadOnlyList<string> ids, CaseSystemImportScope scope, CaseSystemImportTally tally, CancellationToken cancellationToken) =>
        MarkLeftAsync(scope.Db.Teams, ids, scope, tally, cancellationToken);

    internal sealed record Row(string Id, string Name, PhoneNumber DutyPhone, string DutyEmail, OpeningHours Hours);
}
