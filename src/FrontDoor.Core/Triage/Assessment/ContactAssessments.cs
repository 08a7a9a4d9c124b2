using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Triage.Assessment;

/// <summary>The assessment page's starting point: the contact, its assessment so far, and what intake and triage already hold.</summary>
public sealed record AssessmentForm(Contact Contact, ContactAssessment? Saved, ContactAssessmentAnswers Answers);

/// <summary>Records the contact assessment: checked, saved with its AssessmentRecorded event, and audited, in one save.</summary>
public sealed class ContactAssessments(FrontDoorDbContext db, TimeProvider clock, ContactWork work)
{
    /// <summary>Triage flow steps whose answers start the assessment, so nobody is asked twice (general new request flow).</summary>
    public const string WhatMattersAnswerKey = "what-matters";

    public const string StrengthsAnswerKey = "strengths";

    /// <summary>The flow's charging question: "yes" means Fairer Charging was explained and benefits advice offered.</summary>
    public const string MoneyAnswerKey = "money";

    public Task<ContactAssessment?> FindAsync(Guid contactId, CancellationToken cancellationToken = default) =>
        db.Set<ContactAssessment>().AsNoTracking().SingleOrDefaultAsync(a => a.ContactId == contactId, cancellationToken);

    /// <summary>
    /// The assessment as saved, or — before the first save — prefilled from what intake and the triage answers hold
    /// (the story's risk details, communication needs, what matters, strengths, the charging question). The viewing is
    /// audited: the assessment is personal data.
    /// </summary>
    public async Task<AssessmentForm?> OpenAsync(Guid contactId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var saved = await FindAsync(contactId, cancellationToken);
        var answers = saved is null ? await PrefillAsync(contact, cancellationToken) : AnswersOf(saved);
        new AuditLog(db, clock).Record(actor, AuditAction.Viewed, nameof(Contact), Audit.AuditEvent.IdOf(contactId), null, "contact assessment", contact.PersonId is { } person ? [person] : null);
        await db.SaveChangesAsync(cancellationToken);
        return new AssessmentForm(contact, saved, answers);
    }

    /// <summary>
    /// Saves the answers from a page that showed <paramref name="seenVersion"/> of the contact. Refused with every
    /// problem (<see cref="TriageRefusedException"/>), or with what changed since (<see cref="Contacts.Events.ContactChangedException"/>).
    /// Returns what changed, in words; nothing is written when nothing changed.
    /// </summary>
    public async Task<IReadOnlyList<string>> SaveAsync(Guid contactId, int seenVersion, ContactAssessmentAnswers answers, AuditActor by, CancellationToken cancellationToken = default)
    {
        if (answers.Problems() is { Count: > 0 } problems)
        {
            throw new TriageRefusedException(problems);
        }

        var assessment = await db.Set<ContactAssessment>().SingleOrDefaultAsync(a => a.ContactId == contactId, cancellationToken);
        IReadOnlyList<string> changed = [];
        await work.ChangeAsync(contactId, seenVersion, (contact, now) =>
        {
            var first = assessment is null;
            assessment ??= new ContactAssessment(contactId);
            changed = assessment.Record(answers, now, by);
            if (changed.Count == 0)
            {
                return;
            }

            if (first)
            {
                db.Add(assessment);
            }

            contact.RecordAssessment($"Changed: {string.Join(", ", changed)}.", now, by);
            new AuditLog(db, clock).Record(by, AuditAction.Updated, nameof(Contact), Audit.AuditEvent.IdOf(contactId), null, "contact assessment", contact.PersonId is { } person ? [person] : null);
        }, cancellationToken);
        return changed;
    }

    private static ContactAssessmentAnswers AnswersOf(ContactAssessment a) => new()
    {
        WhatMatters = a.WhatMatters,
        StrengthsAndNetworks = a.StrengthsAndNetworks,
        OutcomesNotAchieved = a.OutcomesNotAchieved,
        Risks = a.Risks,
        HasCarer = a.HasCarer,
        CarerWantsAssessment = a.CarerWantsAssessment,
        CommunicationNeeds = a.CommunicationNeeds,
        BenefitsAdvice = a.BenefitsAdvice,
        FairerChargingExplained = a.FairerChargingExplained,
        AnnualIncomeGained = a.AnnualIncomeGained,
    };

    private async Task<ContactAssessmentAnswers> PrefillAsync(Contact contact, CancellationToken cancellationToken)
    {
        var keys = new[] { WhatMattersAnswerKey, StrengthsAnswerKey, MoneyAnswerKey, ReferralCompleteness.AnswerKeys.CommunicationNeeds };
        var given = (await db.ContactAnswers.AsNoTracking()
                .Where(a => a.ContactId == contact.Id && keys.Contains(a.Key))
                .OrderBy(a => a.Position)
                .ToListAsync(cancellationToken))
            .Where(a => !string.IsNullOrWhiteSpace(a.Answer))
            .GroupBy(a => a.Key)
            .ToDictionary(g => g.Key, g => g.Last().Answer.Trim());
        var communication = string.Join("; ", contact.CommunicationNeeds.Describe().Append(given.GetValueOrDefault(ReferralCompleteness.AnswerKeys.CommunicationNeeds)).OfType<string>().Distinct());
        var chargingExplained = given.GetValueOrDefault(MoneyAnswerKey) is { } money && money.Equals("yes", StringComparison.OrdinalIgnoreCase);
        return new ContactAssessmentAnswers
        {
            WhatMatters = given.GetValueOrDefault(WhatMattersAnswerKey),
            StrengthsAndNetworks = given.GetValueOrDefault(StrengthsAnswerKey),
            Risks = contact.ImmediateRisk.Details,
            CommunicationNeeds = communication.Length == 0 ? null : communication,
            BenefitsAdvice = chargingExplained ? BenefitsAdviceOffer.Offered : null,
            FairerChargingExplained = chargingExplained ? true : null,
        };
    }
}
