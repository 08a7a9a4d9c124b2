using FrontDoor.Core.Triage.Assessment;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Contacts.Refer;

/// <summary>
/// Refers the contact to a team: first the type of referral, then the team (those that take it; the only one chosen
/// for you) and what the team needs to know. The whole contact goes with it. The rules live in <see cref="ContactReferrals"/>.
/// </summary>
public sealed class IndexModel(ContactReferrals referrals, WorkQueueCatalogue queues, ContactEventWords eventWords) : PageModel
{
    public ReferralSituation Situation { get; private set; } = null!;

    /// <summary>The teams that take the chosen type of referral.</summary>
    public IReadOnlyList<WorkQueueDefinition> Teams { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "type")]
    public ReferralType? Type { get; set; }

    [BindProperty]
    public string? QueueKey { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int Version { get; set; }

    /// <summary>The prompts the chosen type still waits for: none unless it is a referral for services.</summary>
    public IReadOnlyList<MissingPrompt> MissingPrompts => Type is { } type && type.IsForServices() ? Situation.MissingPrompts : [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Version = Situation.Contact.Version;
        if (Teams.Count == 1)
        {
            QueueKey = Teams[0].Key;
        }

        return Page();
    }

    /// <summary>The first question: which type of referral. Then the same page asks which team.</summary>
    public async Task<IActionResult> OnPostTypeAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (Type is { } type && Enum.IsDefined(type))
        {
            return Redirect($"/staff/contacts/{id}/refer?type={type}");
        }

        Type = null;
        ModelState.AddModelError(nameof(Type), "Select the type of referral");
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        switch (await ModelState.TryChangeAsync(() => referrals.ReferAsync(id, Version, new ReferralRequest(Type, QueueKey, Reason), StaffUser.Actor(User), cancellationToken), eventWords, version => Version = version))
        {
            case ContactChangeResult.Saved:
                return Redirect($"/staff/contacts/{id}#referrals");
            case ContactChangeResult.NoSuchContact:
                return NotFound();
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await referrals.SituationAsync(id, cancellationToken) is not { } situation)
        {
            return false;
        }

        Situation = situation;
        if (Type is { } type && !Enum.IsDefined(type))
        {
            Type = null;
        }

        Teams = Type is { } chosen ? queues.Taking(chosen) : [];
        return true;
    }
}
