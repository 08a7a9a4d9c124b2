using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.WaitingWell;

/// <summary>
/// Texts each check-in that falls due to the person's mobile, with a link to answer it (<c>/check-in/{token}</c>).
/// The prompt, its text and the contact's <c>CheckInTextSent</c> event are saved together or not at all, and the
/// prompt is unique per contact and due date, so a second run or a second node never texts the same check-in again.
/// Never for a safeguarding contact (a text could reach whoever the concern is about, so the team phones), never
/// without a mobile on the person's record, never once the team has closed the contact.
/// </summary>
public sealed class CheckInTexts(FrontDoorDbContext db, TimeProvider clock, WaitingList waitingList, IOptions<WaitingWellOptions> options, IOptions<MessagesOptions> messages)
{
    public const string ReplyPath = "check-in/";

    /// <summary>Who answers a texted check-in, as the timeline words it.</summary>
    public static readonly AuditActor ThePersonByText = new("check-in-by-text", "The person, by text", "Person");

    /// <summary>One pass over every team's waiting list; how many check-ins were texted.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.TextCheckIns || messages.Value.StaffSiteUrl is not { } site)
        {
            // The text carries an absolute link; without the site's address there is nothing to answer at.
            return 0;
        }

        var sent = 0;
        var teams = await db.Set<ContactReferral>().AsNoTracking().Select(r => r.QueueKey).Distinct().ToListAsync(cancellationToken);
        foreach (var team in teams)
        {
            var due = (await waitingList.ForTeamAsync(team, cancellationToken)).Where(p => p.CheckIn != CheckInState.NotYetDue && p.PersonId is not null).ToList();
            foreach (var person in due)
            {
                if (await TextAsync(person, site, cancellationToken))
                {
                    sent++;
                }
            }
        }

        return sent;
    }

    private async Task<bool> TextAsync(WaitingPerson waiting, Uri site, CancellationToken cancellationToken)
    {
        if (await db.Set<CheckInPrompt>().AnyAsync(p => p.ContactId == waiting.ContactId && p.DueAt == waiting.CheckInDueAt, cancellationToken)
            || await db.Set<ContactReferral>().AnyAsync(r => r.ContactId == waiting.ContactId && r.Type == ReferralType.Safeguarding, cancellationToken))
        {
            return false;
        }

        var phones = await db.People.AsNoTracking().Where(p => p.Id == waiting.PersonId).Select(p => p.Phones).SingleOrDefaultAsync(cancellationToken);
        if (phones is null || !phones.Any(p => p.IsMobile))
        {
            return false;
        }

        var mobile = phones.First(p => p.IsMobile);

        var contact = await db.Contacts.SingleAsync(c => c.Id == waiting.ContactId, cancellationToken);
        if (contact.Status != ContactStatus.Routed || contact.PersonId != waiting.PersonId)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var (token, hash) = ReplyLinkToken.New();
        db.Add(new CheckInPrompt(Guid.CreateVersion7(now), contact.Id, waiting.CheckInDueAt, hash, now, now + options.Value.TextLinkExpiresAfter));
        var text = new Outbox(db, clock).Add(
            MessageKind.NotifySms,
            NotifyTemplates.CheckInPromptSms.Name,
            mobile.Value,
            new Dictionary<string, string> { ["check_in_link"] = new Uri(site, ReplyPath + token).ToString() },
            contact.Id);
        contact.RecordCheckInTextSent(ContactMessage.Masked(text.Kind, text.Recipient), waiting.CheckInDueAt, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node texted this check-in first (the unique prompt), or staff changed the contact meanwhile:
            // nothing of ours was saved; the next run looks again.
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
