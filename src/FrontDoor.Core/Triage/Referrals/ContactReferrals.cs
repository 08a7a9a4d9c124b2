using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.Triage.Assessment;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Triage.Referrals;

/// <summary>Where a contact stands for referring: the contact, the prompts a referral for services still waits for, the referrals made.</summary>
public sealed record ReferralSituation(Contact Contact, IReadOnlyList<MissingPrompt> MissingPrompts, IReadOnlyList<ContactReferral> Referrals);

/// <summary>A referral as the refer page submits it.</summary>
public sealed record ReferralRequest(ReferralType? Type, string? QueueKey, string? Reason);

/// <summary>
/// Refers a contact, whole, to a team that takes the referral type: the contact moves to the team's queue (a counted
/// hand-off with a Referred event) and a <see cref="ContactReferral"/> row keeps the type, team and reason. Refused,
/// with every reason at once, when the team does not take that type, when a referral for services comes before the
/// benefits-advice and Fairer-Charging prompts are answered, or when the contact is closed.
/// </summary>
public sealed class ContactReferrals(FrontDoorDbContext db, TimeProvider clock, ContactWork work, WorkQueueCatalogue queues)
{
    public Task<List<ContactReferral>> ListAsync(Guid contactId, CancellationToken cancellationToken = default) =>
        db.Set<ContactReferral>().AsNoTracking().Where(r => r.ContactId == contactId).OrderBy(r => r.ReferredAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);

    /// <summary>The contact (as it is now, with its version), what a referral for services still needs, and its referrals; null when there is no such contact.</summary>
    public async Task<ReferralSituation?> SituationAsync(Guid contactId, CancellationToken cancellationToken = default)
    {
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var assessment = await db.Set<ContactAssessment>().AsNoTracking().SingleOrDefaultAsync(a => a.ContactId == contactId, cancellationToken);
        return new ReferralSituation(contact, ContactAssessment.MissingPrompts(assessment), await ListAsync(contactId, cancellationToken));
    }

    /// <summary>Every reason the referral cannot be made, in the order the page asks; empty when it can.</summary>
    public IReadOnlyList<TriageProblem> Check(Contact contact, ContactAssessment? assessment, ReferralRequest request)
    {
        var problems = new List<TriageProblem>();
        if (contact.Status == ContactStatus.Closed)
        {
            problems.Add(new TriageProblem(string.Empty, "The contact is closed: a closed contact cannot be referred"));
        }
        else if (contact.Status == ContactStatus.Received)
        {
            problems.Add(new TriageProblem(string.Empty, "The contact has not been processed yet"));
        }

        if (request.Type is not { } type || !Enum.IsDefined(type))
        {
            problems.Add(new TriageProblem(nameof(ReferralRequest.Type), "Select the type of referral"));
        }
        else if (type.IsForServices())
        {
            // Each under the prompt's own field: the refer page lists the missing prompts, each linking to the assessment.
            problems.AddRange(ContactAssessment.MissingPrompts(assessment).Select(missing =>
                new TriageProblem(missing.Field, $"Record in the contact assessment {missing.Words} before referring for {type.InSentence()}")));
        }

        var queue = queues.Find(request.QueueKey);
        if (queue is null)
        {
            problems.Add(new TriageProblem(nameof(ReferralRequest.QueueKey), "Select the team to refer to"));
        }
        else if (request.Type is { } referral && Enum.IsDefined(referral) && !queue.TakesReferral(referral))
        {
            problems.Add(new TriageProblem(nameof(ReferralRequest.QueueKey), $"{queue.Name} does not take {referral.InSentence()} referrals: choose a team that takes them"));
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            problems.Add(new TriageProblem(nameof(ReferralRequest.Reason), "Enter what the receiving team needs to know"));
        }
        else if (request.Reason.Trim().ReplaceLineEndings("\n").Length > ContactReferral.MaxReasonLength)
        {
            problems.Add(new TriageProblem(nameof(ReferralRequest.Reason), $"What the team needs to know must be {ContactReferral.MaxReasonLength:N0} characters or fewer"));
        }

        return problems;
    }

    /// <summary>
    /// Makes the referral from a page that showed <paramref name="seenVersion"/> of the contact. Refused with every
    /// problem (<see cref="TriageRefusedException"/>) or with what changed since (<see cref="Contacts.Events.ContactChangedException"/>).
    /// </summary>
    public async Task<ContactReferral> ReferAsync(Guid contactId, int seenVersion, ReferralRequest request, AuditActor by, CancellationToken cancellationToken = default)
    {
        var assessment = await db.Set<ContactAssessment>().AsNoTracking().SingleOrDefaultAsync(a => a.ContactId == contactId, cancellationToken);
        ContactReferral? referral = null;
        await work.ChangeAsync(contactId, seenVersion, (contact, now) =>
        {
            if (Check(contact, assessment, request) is { Count: > 0 } problems)
            {
                throw new TriageRefusedException(problems);
            }

            var type = request.Type!.Value;
            var reason = request.Reason!.Trim().ReplaceLineEndings("\n");
            referral = new ContactReferral(Guid.CreateVersion7(now), contactId, type, request.QueueKey!, reason, now, by);
            db.Add(referral);
            contact.Refer(type.DisplayName(), referral.QueueKey, reason, now, by);
            new AuditLog(db, clock).Record(by, AuditAction.Updated, nameof(Contact), Audit.AuditEvent.IdOf(contactId), null, $"referred to {referral.QueueKey}", contact.PersonId is { } person ? [person] : null);
        }, cancellationToken);
        return referral!;
    }

    /// <summary>The MASH records whether a safeguarding alert became a section 42 enquiry; the contact may be closed by then.</summary>
    public async Task RecordEnquiryDecisionAsync(Guid contactId, int seenVersion, Guid referralId, bool? becameEnquiry, AuditActor by, CancellationToken cancellationToken = default)
    {
        if (becameEnquiry is not { } decision)
        {
            throw new TriageRefusedException([new TriageProblem("BecameEnquiry", "Select whether the concern became a section 42 enquiry")]);
        }

        var referral = await db.Set<ContactReferral>().SingleOrDefaultAsync(r => r.Id == referralId && r.ContactId == contactId, cancellationToken)
            ?? throw new DomainValidationException("ReferralId", "There is no such referral on this contact");
        await work.ChangeAsync(contactId, seenVersion, (contact, now) =>
        {
            referral.DecideEnquiry(decision, now, by);
            contact.RecordSafeguardingEnquiryDecision(decision, now, by);
        }, cancellationToken);
    }
}
