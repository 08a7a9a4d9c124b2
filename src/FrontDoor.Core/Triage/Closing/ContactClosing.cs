using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight.Feedback;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Triage.Closing;

/// <summary>Where a contact stands for closing: the contact, its referrals, and its outcomes once closed.</summary>
public sealed record ClosingSituation(Contact Contact, IReadOnlyList<ContactReferral> Referrals, IReadOnlyList<ContactOutcomeRecord> Outcomes);

/// <summary>How a member of staff closes a contact, as the close page submits it.</summary>
public sealed record ClosingRequest
{
    public IReadOnlyList<ContactOutcome> Outcomes { get; init; } = [];

    /// <summary>Which of <see cref="Outcomes"/> is the main one; the first when not given.</summary>
    public ContactOutcome? MainOutcome { get; init; }

    public string? Summary { get; init; }

    /// <summary>Not for adult social care: where the person should go instead.</summary>
    public string? WhereInstead { get; init; }

    /// <summary>No further action: why.</summary>
    public string? NoFurtherActionReason { get; init; }

    /// <summary>Signposted: to what (the information prescription).</summary>
    public string? SignpostedTo { get; init; }
}

/// <summary>
/// Closes a contact with one or more outcomes from the fixed set, a closing summary, and what each outcome needs.
/// A referral outcome comes from a referral actually made on the contact (see <see cref="ContactReferrals"/>):
/// choosing "referred to reablement" with no reablement referral would count a hand-off that never happened, so it
/// is refused. Refused with every missing item at once, and nothing written.
/// </summary>
public sealed class ContactClosing(FrontDoorDbContext db, TimeProvider clock, ContactWork work, SurveyInvitations surveys)
{
    /// <summary>The outcomes staff choose when closing: every outcome, referral outcomes only where the referral was made.</summary>
    public static IReadOnlyList<ContactOutcome> Choosable(IEnumerable<ContactReferral> referrals)
    {
        var referred = referrals.Select(r => r.Type.Outcome()).ToHashSet();
        return [.. Enum.GetValues<ContactOutcome>().Where(o => ReferralTypes.ForOutcome(o) is null || referred.Contains(o))];
    }

    /// <summary>The contact, the referrals made on it and (once closed) its outcomes; null when there is no such contact.</summary>
    public async Task<ClosingSituation?> SituationAsync(Guid contactId, CancellationToken cancellationToken = default)
    {
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        return contact is null
            ? null
            : new ClosingSituation(
                contact,
                await db.Set<ContactReferral>().AsNoTracking().Where(r => r.ContactId == contactId).OrderBy(r => r.ReferredAt).ToListAsync(cancellationToken),
                await OutcomesAsync(contactId, cancellationToken));
    }

    public Task<List<ContactOutcomeRecord>> OutcomesAsync(Guid contactId, CancellationToken cancellationToken = default) =>
        db.Set<ContactOutcomeRecord>().AsNoTracking().Where(o => o.ContactId == contactId).OrderByDescending(o => o.IsMain).ThenBy(o => o.Outcome).ToListAsync(cancellationToken);

    /// <summary>Everything missing or wrong, in the order the page asks; empty when the contact can close.</summary>
    public static IReadOnlyList<TriageProblem> Check(Contact contact, IReadOnlyCollection<ContactReferral> referrals, ClosingRequest request)
    {
        var problems = new List<TriageProblem>();
        void Add(string field, string message) => problems.Add(new TriageProblem(field, message));

        if (contact.Status == ContactStatus.Closed)
        {
            Add(string.Empty, "The contact is already closed");
        }

        // A promise made to someone is kept or called off on purpose, never dropped by closing.
        if (contact.CallBackDueAt is not null)
        {
            Add("CallBack", "Cancel the call back that is still due, saying why, or mark it done, before closing the contact");
        }

        var outcomes = request.Outcomes.Distinct().ToList();
        if (outcomes.Count == 0)
        {
            Add(nameof(ClosingRequest.Outcomes), "Select at least one outcome");
        }
        else if (outcomes.Any(o => !Enum.IsDefined(o)))
        {
            Add(nameof(ClosingRequest.Outcomes), "Select outcomes from the list");
        }
        else if (outcomes.Select(ReferralTypes.ForOutcome).OfType<ReferralType>().Where(type => referrals.All(r => r.Type != type)).ToList() is { Count: > 0 } notReferred)
        {
            // One message for the field: the error summary shows one per field.
            Add(nameof(ClosingRequest.Outcomes), $"Refer the contact for {string.Join(" and ", notReferred.Select(t => t.InSentence()))} before closing with {(notReferred.Count == 1 ? "that outcome" : "those outcomes")}: a referral outcome is recorded by making the referral");
        }

        if (request.MainOutcome is { } main && !outcomes.Contains(main))
        {
            Add(nameof(ClosingRequest.MainOutcome), "Select a main outcome from the outcomes you chose");
        }

        Required(request.Summary, Contact.MaxClosingSummaryLength, nameof(ClosingRequest.Summary), "Enter a closing summary", "The closing summary");
        if (outcomes.Contains(ContactOutcome.NotForAdultSocialCare))
        {
            Required(request.WhereInstead, ContactOutcomeRecord.MaxDetailLength, nameof(ClosingRequest.WhereInstead), "Enter where the person should go instead", "Where to go instead");
        }

        if (outcomes.Contains(ContactOutcome.NoFurtherAction))
        {
            Required(request.NoFurtherActionReason, ContactOutcomeRecord.MaxDetailLength, nameof(ClosingRequest.NoFurtherActionReason), "Enter why no further action is needed", "The reason for no further action");
        }

        if (outcomes.Contains(ContactOutcome.Signposted))
        {
            Required(request.SignpostedTo, ContactOutcomeRecord.MaxDetailLength, nameof(ClosingRequest.SignpostedTo), "Enter what the person was signposted to", "What the person was signposted to");
        }

        return problems;

        void Required(string? text, int max, string field, string whenMissing, string what)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                Add(field, whenMissing);
            }
            else if (Normal(text).Length > max)
            {
                Add(field, $"{what} must be {max:N0} characters or fewer");
            }
        }
    }

    /// <summary>
    /// Closes the contact from a page that showed <paramref name="seenVersion"/>: one OutcomeRecorded event per outcome
    /// (the main one first), the closing summary, and a row per outcome with its detail, in one save.
    /// </summary>
    public async Task<Contact> CloseAsync(Guid contactId, int seenVersion, ClosingRequest request, AuditActor by, CancellationToken cancellationToken = default)
    {
        var referrals = await db.Set<ContactReferral>().AsNoTracking().Where(r => r.ContactId == contactId).ToListAsync(cancellationToken);
        var surveyCandidate = await surveys.CandidateAsync(contactId, cancellationToken);
        return await work.ChangeAsync(contactId, seenVersion, (contact, now) =>
        {
            if (Check(contact, referrals, request) is { Count: > 0 } problems)
            {
                throw new TriageRefusedException(problems);
            }

            var chosen = request.Outcomes.Distinct().ToList();
            var main = request.MainOutcome ?? chosen[0];
            List<ContactOutcome> ordered = [main, .. chosen.Where(o => o != main)];
            foreach (var outcome in ordered)
            {
                db.Add(new ContactOutcomeRecord(Guid.CreateVersion7(now), contactId, outcome, outcome == main, DetailFor(outcome, request), now));
            }

            contact.Close(ordered, Normal(request.Summary!), now, by);
            surveys.StageOnClose(surveyCandidate, contact, ordered, now);
            new AuditLog(db, clock).Record(by, AuditAction.Updated, nameof(Contact), Audit.AuditEvent.IdOf(contactId), null, "contact closed", contact.PersonId is { } person ? [person] : null);
        }, cancellationToken);
    }

    private static string? DetailFor(ContactOutcome outcome, ClosingRequest request) => outcome switch
    {
        ContactOutcome.NotForAdultSocialCare => Normal(request.WhereInstead!),
        ContactOutcome.NoFurtherAction => Normal(request.NoFurtherActionReason!),
        ContactOutcome.Signposted => Normal(request.SignpostedTo!),
        _ => null,
    };

    private static string Normal(string text) => text.Trim().ReplaceLineEndings("\n");
}
