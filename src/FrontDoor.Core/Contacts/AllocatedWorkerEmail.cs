using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Core.People.Search;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Contacts;

/// <summary>
/// Tells the allocated worker that someone called or wrote about a person they hold: the
/// <see cref="NotifyTemplates.AllocatedWorkerEmail"/> to the worker's own email (from the case system), else their
/// team's duty inbox. It carries the contact's reference and a link to it in FrontDoor, never the story or the
/// person's name: staff read those behind sign-in. Staged on the caller's DbContext, so it is sent only if the
/// caller's change commits, and written once per contact.
/// </summary>
public sealed class AllocatedWorkerEmail(FrontDoorDbContext db, TimeProvider clock, Uri? staffSiteUrl)
{
    /// <summary>The channels a person writes through; a call reaches the worker only when the advisor passes it on.</summary>
    public static bool IsWritten(ContactChannel channel) => channel is ContactChannel.Email or ContactChannel.PublicOnlineForm or ContactChannel.ProfessionalEForm;

    /// <summary>Stages the email; null when the person has no current allocation with an address, or the contact's worker was emailed already.</summary>
    public async Task<OutboxMessage?> AddAsync(Contact contact, Guid personId, CancellationToken cancellationToken)
    {
        var template = NotifyTemplates.AllocatedWorkerEmail;
        if (db.OutboxMessages.Local.Any(m => m.ContactId == contact.Id && m.Template == template.Name)
            || await db.OutboxMessages.AnyAsync(m => m.ContactId == contact.Id && m.Template == template.Name, cancellationToken))
        {
            return null;
        }

        var allocation = await new AllocationStatusLookup(db, clock).CurrentForAsync(personId, cancellationToken);
        var address = allocation?.Worker?.Email ?? allocation?.Team?.DutyEmail;
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        return new Outbox(db, clock).Add(template.Kind, template.Name, address, new Dictionary<string, string>
        {
            ["reference"] = contact.Reference.ToString(),
            ["contact_link"] = LinkTo(contact.Id),
        }, contact.Id);
    }

    /// <summary>The contact's page on the staff site; its path alone when the site's address is not configured.</summary>
    public string LinkTo(Guid contactId)
    {
        var path = $"staff/contacts/{contactId:D}";
        return staffSiteUrl is null ? "/" + path : new Uri(staffSiteUrl, path).ToString();
    }
}
