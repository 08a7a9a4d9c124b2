using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Core.Messages;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Insight.Feedback;

/// <summary>What the invitation needs to know about a contact before it closes, read before the close's save.</summary>
/// <param name="Mobile">The mobile number on the person's record; null when there is none.</param>
public sealed record SurveyCandidate(Guid ContactId, Guid PersonId, string Mobile);

/// <summary>
/// Invites people to the feedback survey when their contact closes. The invitation and its text are staged on the
/// closing DbContext, so they are saved in the same transaction as the close, or not at all; no job is involved.
/// Never for a safeguarding contact (a safeguarding referral, or the safeguarding outcome), never where the person
/// said "do not ask me again", never without a mobile on the person's record, and once per contact, ever.
/// </summary>
public sealed class SurveyInvitations(FrontDoorDbContext db, TimeProvider clock, IOptions<MessagesOptions> messages)
{
    public const string SurveyPath = "feedback/";

    /// <summary>Who would be asked about this contact, or null when no one should be.</summary>
    public async Task<SurveyCandidate?> CandidateAsync(Guid contactId, CancellationToken cancellationToken = default)
    {
        if (messages.Value.StaffSiteUrl is null)
        {
            // The text carries an absolute link; without the site's address there is nothing to invite to.
            return null;
        }

        var contact = await db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => new { c.PersonId }).SingleOrDefaultAsync(cancellationToken);
        if (contact?.PersonId is not { } personId)
        {
            return null;
        }

        if (await db.Set<SurveyInvitation>().AnyAsync(i => i.ContactId == contactId, cancellationToken)
            || await db.Set<ContactReferral>().AnyAsync(r => r.ContactId == contactId && r.Type == ReferralType.Safeguarding, cancellationToken))
        {
            return null;
        }

        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.DeclinesSurveys, p.Phones }).SingleOrDefaultAsync(cancellationToken);
        if (person is null || person.DeclinesSurveys || !person.Phones.Any(p => p.IsMobile))
        {
            return null;
        }

        return new SurveyCandidate(contactId, personId, person.Phones.First(p => p.IsMobile).Value);
    }

    /// <summary>
    /// Stages the invitation and its text for a contact that has just closed, unless its outcomes say safeguarding or
    /// it is no longer the candidate's contact for the same person. Saved by the caller with the close.
    /// </summary>
    public SurveyInvitation? StageOnClose(SurveyCandidate? candidate, Contact contact, IEnumerable<ContactOutcome> outcomes, DateTimeOffset now)
    {
        if (candidate is null || candidate.ContactId != contact.Id || contact.PersonId != candidate.PersonId
            || contact.Status != ContactStatus.Closed || outcomes.Contains(ContactOutcome.ReferredToSafeguarding)
            || messages.Value.StaffSiteUrl is not { } site)
        {
            return null;
        }

        var (token, hash) = ReplyLinkToken.New();
        var invitation = new SurveyInvitation(Guid.CreateVersion7(now), contact.Id, candidate.PersonId, hash, now);
        db.Add(invitation);
        new Outbox(db, clock).Add(
            MessageKind.NotifySms,
            NotifyTemplates.SurveyInvitationSms.Name,
            candidate.Mobile,
            new Dictionary<string, string> { ["survey_link"] = new Uri(site, SurveyPath + token).ToString() },
            contact.Id);
        return invitation;
    }
}
