using FrontDoor.Core.Contacts;
using FrontDoor.Core.Triage.Closing;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Contacts.Close;

/// <summary>
/// Closes the contact with its outcomes, what each needs, and a closing summary; refused with everything missing at
/// once. Referral outcomes are offered only for referrals made. The rules live in <see cref="ContactClosing"/>.
/// </summary>
public sealed class IndexModel(ContactClosing closing, ContactEventWords eventWords) : PageModel
{
    public ClosingSituation Situation { get; private set; } = null!;

    public IReadOnlyList<ContactOutcome> Choosable => ContactClosing.Choosable(Situation.Referrals);

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public List<ContactOutcome> Outcomes { get; set; } = [];

    [BindProperty]
    public ContactOutcome? MainOutcome { get; set; }

    [BindProperty]
    public string? WhereInstead { get; set; }

    [BindProperty]
    public string? NoFurtherActionReason { get; set; }

    [BindProperty]
    public string? SignpostedTo { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Version = Situation.Contact.Version;

        // The referrals made are the contact's outcomes unless staff say otherwise.
        Outcomes = [.. Situation.Referrals.Select(r => r.Type.Outcome()).Distinct()];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var request = new ClosingRequest
        {
            Outcomes = Outcomes,
            MainOutcome = MainOutcome,
            WhereInstead = WhereInstead,
            NoFurtherActionReason = NoFurtherActionReason,
            SignpostedTo = SignpostedTo,
            Summary = Summary,
        };
        switch (await ModelState.TryChangeAsync(() => closing.CloseAsync(id, Version, request, StaffUser.Actor(User), cancellationToken), eventWords, version => Version = version))
        {
            case ContactChangeResult.Saved:
                return Redirect($"/staff/contacts/{id}#outcomes");
            case ContactChangeResult.NoSuchContact:
                return NotFound();
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await closing.SituationAsync(id, cancellationToken) is not { } situation)
        {
            return false;
        }

        Situation = situation;
        return true;
    }
}
