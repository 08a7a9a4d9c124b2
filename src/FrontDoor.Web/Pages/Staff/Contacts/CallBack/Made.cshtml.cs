using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.CallBacks;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Pages.Staff.Queues;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Contacts.CallBack;

/// <summary>
/// Record a call the member of staff made about the contact — to chase missing information, as a call back, or for
/// something else — who they called, whether it got through, the facts they were chasing and a note. A typed event on
/// the timeline; chase calls are what the outbound chase calls KPI counts.
/// </summary>
public sealed class MadeModel(WorkQueueQueries queries, ContactEventWords eventWords, OutboundCalls calls)
    : ContactWorkPageModel(queries, eventWords)
{
    [BindProperty]
    public OutboundCallPurpose? Purpose { get; set; }

    [BindProperty]
    public CallBackPerson? Called { get; set; }

    /// <summary>"yes" or "no", as the radios post it.</summary>
    [BindProperty]
    public string? GotThrough { get; set; }

    [BindProperty]
    public List<ReferralField> FactsChased { get; set; } = [];

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>What the referral arrived without, required first: the facts the member of staff may tick as chased.</summary>
    public IReadOnlyList<ReferralField> FactsToChase { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(id, cancellationToken);
        return shown is PageResult && !Workable ? Redirect($"/staff/contacts/{id}#work") : shown;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !Workable)
        {
            return NotFound();
        }

        ModelState.TreatUnboundValuesAsNotGiven();
        var request = new OutboundCallRequest(Purpose, Called, GotThrough switch { "yes" => true, "no" => false, _ => null }, FactsChased, Note);
        ModelState.AddAll(request.Problems());
        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await ChangeAsync(id, () => calls.RecordAsync(id, Version, request, StaffUser.Actor(User), cancellationToken), cancellationToken, field => field);
    }

    protected override async Task OnLoadedAsync(Contact contact, CancellationToken cancellationToken) =>
        FactsToChase = await calls.FactsToChaseAsync(contact, cancellationToken);

    private bool Workable => Contact is { Status: not (ContactStatus.Closed or ContactStatus.Received) };

    /// <summary>A fact as a checkbox label: its words, first letter capitalised.</summary>
    public static string FactLabel(ReferralField fact) => FieldWords.Describe(fact) is var words && words.Length > 0 ? char.ToUpperInvariant(words[0]) + words[1..] : words;

    public static string PurposeName(OutboundCallPurpose purpose) => purpose switch
    {
        OutboundCallPurpose.ChaseMissingInformation => "To chase missing information",
        OutboundCallPurpose.CallBack => "A call back",
        _ => "Something else",
    };
}
