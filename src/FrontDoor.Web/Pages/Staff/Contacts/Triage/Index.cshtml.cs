using FrontDoor.Core;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Running;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Contacts.Triage;

/// <summary>
/// The advisor chooses the triage flow to run on a contact, the one that obviously fits already chosen. Choosing again
/// starts another flow; the answers already given stay with the flow and version they answered.
/// </summary>
public sealed class IndexModel(ContactTriage triage, ContactEventWords eventWords) : PageModel
{
    public ContactTriagePage Contact { get; private set; } = null!;

    public IReadOnlyList<TriageFlow> Flows { get; private set; } = [];

    [BindProperty]
    public string? FlowId { get; set; }

    /// <summary>The contact's version this page showed, so a change made meanwhile by someone else is not overwritten.</summary>
    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Version = Contact.Contact.Version;
        FlowId = Contact.Triage?.Flow.Id ?? Contact.SuggestedFlowId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(FlowId))
        {
            ModelState.AddModelError(nameof(FlowId), "Select a triage flow");
        }
        else
        {
            try
            {
                await triage.StartAsync(id, Version, FlowId, StaffUser.Actor(User), cancellationToken);
                return Redirect(TriageLinks.Next(id));
            }
            catch (ContactChangedException changed)
            {
                TriageChanges.Explain(ModelState, changed, eventWords);
                ModelState.Remove(nameof(Version));
                Version = changed.CurrentVersion;
            }
            catch (DomainValidationException invalid) when (invalid.Field != "ContactId")
            {
                ModelState.AddModelError(nameof(FlowId), invalid.Message);
            }
            catch (DomainValidationException)
            {
                return NotFound();
            }
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await triage.OpenAsync(id, StaffUser.Actor(User), cancellationToken) is not { } contact)
        {
            return false;
        }

        Contact = contact;
        Flows = await triage.FlowsInForceAsync(cancellationToken);
        return true;
    }
}
