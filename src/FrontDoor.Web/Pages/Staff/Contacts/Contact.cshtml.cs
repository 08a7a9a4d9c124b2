using FrontDoor.Core;
using FrontDoor.Core.Contacts.CallBacks;
using FrontDoor.Core.Contacts.Email.CareProviders;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Contacts.Review;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Staff.Contacts;

/// <summary>One item on the contact's timeline: a note or processing step, a typed event, or a message sent about it.</summary>
public sealed record TimelineRow(DateTimeOffset At, ContactTimelineEntry? Entry, ContactMessage? Message, ContactEvent? Event = null);

public sealed class ContactModel(ContactRecords records, ContactTimeline timeline, OutboundCalls outboundCalls, IAuthorizationService authorisation, IOptions<NotifyOptions> notify, ContactEventWords eventWords) : PageModel
{
    public const string NoteKind = "Note";

    public ContactRecord Record { get; private set; } = null!;

    public bool Retried { get; private set; }

    /// <summary>
    /// The domain of an organisation not on the care-provider list that sent this contact, when the member of staff is an
    /// administrator who can confirm it is a care provider; otherwise null.
    /// </summary>
    public string? SenderDomainToConfirm { get; private set; }

    /// <summary>Without GOV.UK Notify, texts and emails wait unsent: the timeline says so rather than leave staff to guess.</summary>
    public bool NotifyConfigured => notify.Value.IsConfigured;

    public ContactEventWords EventWords => eventWords;

    /// <summary>
    /// A case file auditor reading the contact of a case allocated to them: the record and timeline without the work's
    /// links and forms, none of which they may use.
    /// </summary>
    public bool ReadOnly { get; private set; }

    /// <summary>
    /// The timeline newest first: notes and processing steps, the typed events, and messages, each message after what
    /// happened in the same instant (the receipt after the contact's arrival). A status event is left out where a
    /// processing step says the same, in more words, at the same instant.
    /// </summary>
    public IReadOnlyList<TimelineRow> TimelineRows =>
    [
        .. Record.Timeline.Select((entry, order) => (Row: new TimelineRow(entry.At, entry, null), Order: order))
            .Concat(Record.Events
                .Where(e => !(e.Kind == ContactEventKind.StatusChanged && Record.Timeline.Any(t => t.Kind == TimelineEntryKind.StatusChanged && t.At == e.At)))
                .Select((e, order) => (Row: new TimelineRow(e.At, null, null, e), Order: Record.Timeline.Count + order)))
            .Concat(Record.Messages.Select((message, order) => (Row: new TimelineRow(message.CreatedAt, null, message), Order: Record.Timeline.Count + Record.Events.Count + order)))
            .OrderBy(item => item.Row.At)
            .ThenBy(item => item.Row.Message is null ? 0 : 1)
            .ThenBy(item => item.Order)
            .Select(item => item.Row)
            .Reverse(),
    ];

    /// <summary>Whether each outbound call on the timeline got through and what it chased, by its event's id.</summary>
    public IReadOnlyDictionary<Guid, ContactOutboundCall> OutboundCallDetails { get; private set; } = new Dictionary<Guid, ContactOutboundCall>();

    [BindProperty]
    public string? EntryText { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool retried, CancellationToken cancellationToken)
    {
        Retried = retried;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAddEntryAsync(Guid id, CancellationToken cancellationToken)
    {
        // Calls made are recorded on their own page, as typed events: the timeline's form adds notes.
        if (string.IsNullOrWhiteSpace(EntryText))
        {
            ModelState.AddModelError(nameof(EntryText), "Enter the note");
        }
        else if (EntryText.Trim().Length > ContactTimelineEntry.MaxTextLength)
        {
            ModelState.AddModelError(nameof(EntryText), $"The note must be {ContactTimelineEntry.MaxTextLength:N0} characters or fewer");
        }

        if (ModelState.IsValid)
        {
            try
            {
                await timeline.AddNoteAsync(id, StaffUser.Name(User), EntryText!, cancellationToken);
                return Redirect($"/staff/contacts/{id}#timeline");
            }
            catch (DomainValidationException ex) when (ex.Field == "ContactId")
            {
                return NotFound();
            }
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var attachment = await records.DownloadAttachmentAsync(id, attachmentId, StaffUser.Actor(User), cancellationToken);

        // Always a download, never shown inline: a sender's "text/html" must not run in FrontDoor's origin.
        return attachment is null ? NotFound() : File(attachment.Content, "application/octet-stream", attachment.FileName);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await records.OpenAsync(id, StaffUser.Actor(User), cancellationToken) is not { } record)
        {
            return false;
        }

        Record = record;
        ReadOnly = !(await authorisation.AuthorizeAsync(User, Policies.Staff)).Succeeded;
        OutboundCallDetails = record.Events.Any(e => e.Kind == ContactEventKind.OutboundCallMade)
            ? await outboundCalls.ForContactAsync(id, cancellationToken)
            : new Dictionary<Guid, ContactOutboundCall>();
        SenderDomainToConfirm = CareProviderDomains.UnconfirmedDomainOf(record.Contact.Source, record.Contact.Caller) is { } domain
            && (await authorisation.AuthorizeAsync(User, Policies.Administrators)).Succeeded
                ? domain
                : null;
        return true;
    }
}
