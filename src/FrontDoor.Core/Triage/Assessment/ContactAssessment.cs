using FrontDoor.Core.Audit;

namespace FrontDoor.Core.Triage.Assessment;

/// <summary>A prompt a referral for services waits for: the assessment field that records it, and what to record, in words.</summary>
public sealed record MissingPrompt(string Field, string Words);

/// <summary>What the member of staff asked and heard in the contact assessment, as a page submits it.</summary>
public sealed record ContactAssessmentAnswers
{
    public string? WhatMatters { get; init; }

    public string? StrengthsAndNetworks { get; init; }

    public IReadOnlyList<CareActOutcome> OutcomesNotAchieved { get; init; } = [];

    public string? Risks { get; init; }

    public bool? HasCarer { get; init; }

    /// <summary>Only kept when there is a carer.</summary>
    public bool? CarerWantsAssessment { get; init; }

    public string? CommunicationNeeds { get; init; }

    public BenefitsAdviceOffer? BenefitsAdvice { get; init; }

    public bool? FairerChargingExplained { get; init; }

    /// <summary>Annual income the person gained from benefits advice, in pounds, where known.</summary>
    public decimal? AnnualIncomeGained { get; init; }

    /// <summary>Every value the assessment cannot keep, each with its field and message.</summary>
    public IReadOnlyList<TriageProblem> Problems()
    {
        var problems = new List<TriageProblem>();
        void Limit(string? text, int max, string field, string what)
        {
            if (text is not null && text.Trim().ReplaceLineEndings("\n").Length > max)
            {
                problems.Add(new TriageProblem(field, $"{what} must be {max:N0} characters or fewer"));
            }
        }

        Limit(WhatMatters, ContactAssessment.MaxTextLength, nameof(WhatMatters), "What matters to the person");
        Limit(StrengthsAndNetworks, ContactAssessment.MaxTextLength, nameof(StrengthsAndNetworks), "Strengths and networks");
        Limit(Risks, ContactAssessment.MaxTextLength, nameof(Risks), "Risks");
        Limit(CommunicationNeeds, ContactAssessment.MaxCommunicationNeedsLength, nameof(CommunicationNeeds), "Communication needs");
        if (OutcomesNotAchieved.Any(o => !Enum.IsDefined(o)))
        {
            problems.Add(new TriageProblem(nameof(OutcomesNotAchieved), "Select outcomes from the list"));
        }

        if (AnnualIncomeGained is { } income && (income < 0 || income > ContactAssessment.MaxAnnualIncomeGained || decimal.Round(income, 2) != income))
        {
            problems.Add(new TriageProblem(nameof(AnnualIncomeGained), $"Annual income gained must be an amount in pounds between £0 and £{ContactAssessment.MaxAnnualIncomeGained:N0}"));
        }

        return problems;
    }
}

/// <summary>
/// The contact assessment, Care-Act-ready: what matters to the person, their strengths and networks, which of the ten
/// eligibility outcomes they cannot achieve, risks, carers and communication; and the prompts answered before any
/// referral for services — benefits advice offered, Fairer Charging explained. One per contact, changed as the
/// conversation goes on; each change is an AssessmentRecorded event on the contact saying what changed.
/// </summary>
public sealed class ContactAssessment
{
    public const int MaxTextLength = 4000;
    public const int MaxCommunicationNeedsLength = 1000;
    public const decimal MaxAnnualIncomeGained = 1_000_000m;

    public ContactAssessment(Guid contactId) => ContactId = contactId;

    private ContactAssessment()
    {
    }

    public Guid ContactId { get; private set; }

    public string? WhatMatters { get; private set; }

    public string? StrengthsAndNetworks { get; private set; }

    public IReadOnlyList<CareActOutcome> OutcomesNotAchieved { get; private set; } = [];

    public string? Risks { get; private set; }

    public bool? HasCarer { get; private set; }

    public bool? CarerWantsAssessment { get; private set; }

    public string? CommunicationNeeds { get; private set; }

    public BenefitsAdviceOffer? BenefitsAdvice { get; private set; }

    public bool? FairerChargingExplained { get; private set; }

    public decimal? AnnualIncomeGained { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = string.Empty;

    /// <summary>
    /// The Care Act's eligibility test needs two or more outcomes not achieved (as well as an impairment and a
    /// significant impact on wellbeing, which the council decides): an indication for the referral, never a decision.
    /// </summary>
    public bool MayHaveEligibleNeeds => OutcomesNotAchieved.Count >= 2;

    /// <summary>The prompts a referral for services waits for (the assessment's field and, in words, what to record): empty when both are answered.</summary>
    public static IReadOnlyList<MissingPrompt> MissingPrompts(ContactAssessment? assessment) =>
    [
        .. assessment?.BenefitsAdvice is null ? [new MissingPrompt(nameof(BenefitsAdvice), "whether benefits advice was offered")] : Array.Empty<MissingPrompt>(),
        .. assessment?.FairerChargingExplained is null ? [new MissingPrompt(nameof(FairerChargingExplained), "whether Fairer Charging was explained")] : Array.Empty<MissingPrompt>(),
    ];

    /// <summary>Takes the answers, returning what changed in words (empty when nothing did). The caller has checked <see cref="ContactAssessmentAnswers.Problems"/>.</summary>
    public IReadOnlyList<string> Record(ContactAssessmentAnswers answers, DateTimeOffset now, AuditActor by)
    {
        var changed = new List<string>();
        T Take<T>(T current, T next, string what)
        {
            if (!EqualityComparer<T>.Default.Equals(current, next))
            {
                changed.Add(what);
            }

            return next;
        }

        WhatMatters = Take(WhatMatters, Text(answers.WhatMatters), "what matters");
        StrengthsAndNetworks = Take(StrengthsAndNetworks, Text(answers.StrengthsAndNetworks), "strengths and networks");
        var outcomes = answers.OutcomesNotAchieved.Distinct().Order().ToArray();
        if (!outcomes.SequenceEqual(OutcomesNotAchieved))
        {
            changed.Add("eligibility outcomes");
            OutcomesNotAchieved = outcomes;
        }

        Risks = Take(Risks, Text(answers.Risks), "risks");
        HasCarer = Take(HasCarer, answers.HasCarer, "carer");
        CarerWantsAssessment = Take(CarerWantsAssessment, answers.HasCarer == true ? answers.CarerWantsAssessment : null, "carer's assessment wanted");
        CommunicationNeeds = Take(CommunicationNeeds, Text(answers.CommunicationNeeds), "communication needs");
        BenefitsAdvice = Take(BenefitsAdvice, answers.BenefitsAdvice, "benefits advice");
        FairerChargingExplained = Take(FairerChargingExplained, answers.FairerChargingExplained, "Fairer Charging");
        AnnualIncomeGained = Take(AnnualIncomeGained, answers.AnnualIncomeGained, "income gained");
        if (changed.Count > 0)
        {
            UpdatedAt = now;
            UpdatedBy = (by.Name ?? by.Id).Bounded(Contacts.Events.ContactEvent.MaxActorLength);
        }

        return changed;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ReplaceLineEndings("\n");
}
