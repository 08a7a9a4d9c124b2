using FrontDoor.Core.CaseSystem;
using FrontDoor.Core.People;

namespace FrontDoor.Core.Teams;

/// <summary>A team that people can be allocated to, with the duty line the contact centre passes callers to.</summary>
public sealed class Team : ICaseSystemListed
{
    public Team(Guid id, string name, PhoneNumber dutyPhone, string dutyEmail, OpeningHours openingHours)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainValidationException(nameof(Name), "Enter a team name");
        }

        Id = id;
        Name = name.Trim();
        DutyPhone = dutyPhone;
        DutyEmail = dutyEmail;
        OpeningHours = openingHours;
    }

    private Team()
    {
        Name = null!;
        DutyEmail = null!;
        OpeningHours = null!;
    }

    private string? _dutyPhoneToDial;

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public PhoneNumber DutyPhone { get; private set; }

    /// <summary>
    /// The duty line as people dial it ("01632 960001"), worked out once per loaded team: formatting costs a few
    /// microseconds, and search shows it on every allocated result from the teams it holds in memory.
    /// </summary>
    public string DutyPhoneToDial => _dutyPhoneToDial ??= DutyPhone.National;

    public string DutyEmail { get; private set; }

    public OpeningHours OpeningHours { get; private set; }

    /// <summary>The team's id in the council's case system; null for a team FrontDoor holds only itself.</summary>
    public string? CaseSystemId { get; private set; }

    /// <summary>When a full export from the case system last came without this team (kept: allocations point to it).</summary>
    public DateTimeOffset? LeftCaseSystemAt { get; private set; }

    public void SetCaseSystemId(string? caseSystemId) => CaseSystemId = caseSystemId;

    /// <summary>What the case system now says about the team.</summary>
    public void Update(string name, PhoneNumber dutyPhone, string dutyEmail, OpeningHours openingHours)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainValidationException(nameof(Name), "Enter a team name");
        }

        Name = name.Trim();
        DutyPhone = dutyPhone;
        _dutyPhoneToDial = null;
        DutyEmail = dutyEmail;
        OpeningHours = openingHours;
    }

    public void LeaveCaseSystem(DateTimeOffset now) => LeftCaseSystemAt = now;

    public void ReturnToCaseSystem() => LeftCaseSystemAt = null;
}
