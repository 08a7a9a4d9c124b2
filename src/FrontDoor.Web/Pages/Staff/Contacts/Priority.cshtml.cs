using FrontDoor.Core;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Triage;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Priority;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Staff.Contacts;

/// <summary>Staff change a contact's priority by hand, with their reason; the rules no longer change it.</summary>
public sealed class PriorityModel(FrontDoorDbContext db, PriorityOverride priorities, IOptions<TriageOptions> triage, ContactEventWords words) : PageModel
{
    public const string ChangedMessage = "PriorityChanged";

    [BindProperty]
    public TriagePriority? Priority { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The contact's version the page showed, so a change made meanwhile by someone else is not overwritten.</summary>
    [BindProperty]
    public int Version { get; set; }

    public ContactReference Reference { get; private set; }

    public TriagePriority? Current { get; private set; }

    public string? CurrentReasons { get; private set; }

    public bool Overridden { get; private set; }

    /// <summary>After a refusal because someone else changed the contact: what they did.</summary>
    public IReadOnlyList<string> ChangesSince { get; private set; } = [];

    private int? _currentVersion;

    /// <summary>"Respond within 4 hours": each priority's response target, so the choice says what it promises.</summary>
    public string TargetOf(TriagePriority priority) => $"Respond within {DurationWords.Duration(triage.Value.ResponseTargets.For(priority))}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Priority = Current;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (Priority is null)
        {
            ModelState.AddModelError(nameof(Priority), "Select a priority");
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Enter why you are changing the priority");
        }
        else if (Reason.Trim().Length > Contact.MaxPriorityReasonsLength)
        {
            ModelState.AddModelError(nameof(Reason), $"The reason must be {Contact.MaxPriorityReasonsLength:N0} characters or fewer");
        }

        if (ModelState.IsValid)
        {
            try
            {
                var contact = await priorities.OverrideAsync(id, Version, Priority!.Value, Reason, StaffUser.Actor(User), cancellationToken);
                TempData[ChangedMessage] = $"Priority changed to {ContactEventWords.PriorityName(contact.Priority!.Value).ToLowerInvariant()}.";
                return Redirect($"/staff/contacts/{id}");
            }
            catch (ContactChangedException ex)
            {
                ChangesSince = words.ChangesSince(ex);
                _currentVersion = ex.CurrentVersion;
                ModelState.AddModelError(string.Empty, ContactEventWords.ChangedMeanwhile);
            }
            catch (DomainValidationException ex) when (ex.Field == "ContactId")
            {
                return NotFound();
            }
            catch (DomainValidationException ex)
            {
                ModelState.AddModelError(ex.Field == nameof(Contact.PriorityReasons) ? nameof(Reason) : nameof(Priority), ex.Message);
            }
        }

        var version = Version;
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // After someone else's change the form carries the version now shown; otherwise the one the member of staff saw.
        Version = _currentVersion ?? version;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new { c.Reference, c.Priority, c.PriorityReasons, c.PriorityOverridden, c.Version, c.Status })
            .FirstOrDefaultAsync(cancellationToken);
        if (contact is null || contact.Status is ContactStatus.Closed or ContactStatus.Received)
        {
            return false;
        }

        (Reference, Current, CurrentReasons, Overridden, Version) = (contact.Reference, contact.Priority, contact.PriorityReasons, contact.PriorityOverridden, contact.Version);
        return true;
    }
}
