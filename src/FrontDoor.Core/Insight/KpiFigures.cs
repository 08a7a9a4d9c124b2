namespace FrontDoor.Core.Insight;

/// <summary>One row of a breakdown: what (its stable key, such as a channel's name) and how many. Pages put it in words.</summary>
public sealed record KpiCount(string Key, int Count);

/// <summary>How callers who chose one telephone menu option fared: offered, abandoned and the share abandoned.</summary>
/// <summary>One cell of a cross-tabulation: contacts through one channel from one group (an age band, a postcode district).</summary>
public sealed record KpiCrossCount(string Channel, string Group, int Count);

/// <summary>The waiting list at one risk level at the snapshot: how many wait, the longest and the average wait, and overdue check-ins.</summary>
public sealed record WaitingRiskLine(string Risk, int Waiting, double LongestWaitSeconds, double AverageWaitSeconds, int OverdueCheckIns);

public sealed record IvrOptionCalls(string Option, int Offered, int Abandoned)
{
    public double? AbandonShare => KpiMaths.Share(Abandoned, Offered);
}

/// <summary>How the answered surveys of a period took one "I statement" (by its place in <see cref="Feedback.IStatements.All"/>); "prefer not to say" is neither.</summary>
public sealed record IStatementAnswers(int Statement, int Agreed, int Disagreed)
{
    public double? AgreeShare => KpiMaths.Share(Agreed, Agreed + Disagreed);
}

/// <summary>
/// Every KPI for one period, as <see cref="KpiCatalogue"/> defines them: shares are fractions 0–1 and times seconds;
/// null where the denominator is zero (no calls, nothing closed), so "none" is never shown as 0%.
/// </summary>
public sealed record KpiFigures
{
    public required KpiRange Range { get; init; }

    public int ContactsReceived { get; init; }

    public IReadOnlyList<KpiCount> ContactsByChannel { get; init; } = [];

    public IReadOnlyList<KpiCount> ContactsBySource { get; init; } = [];

    public int CallsOffered { get; init; }

    public int CallsAnswered { get; init; }

    public int AbandonedCalls { get; init; }

    public double? CallHandlingRate => KpiMaths.Share(CallsAnswered, CallsOffered);

    public double? AverageQueueSeconds { get; init; }

    public int? QueueSeconds90thPercentile { get; init; }

    public IReadOnlyList<IvrOptionCalls> CallsByIvrOption { get; init; } = [];

    /// <summary>Contacts received in the period and since closed with an outcome: the denominator of the outcome shares.</summary>
    public int ContactsClosed { get; init; }

    public int FailureDemand { get; init; }

    public double? FailureDemandShare => KpiMaths.Share(FailureDemand, ContactsClosed);

    public IReadOnlyList<KpiCount> FailureDemandReasons { get; init; } = [];

    /// <summary>Contacts received in the period about a person whose previous contact had closed within the recurring window.</summary>
    public int Recurring { get; init; }

    public double? RecurringShare => KpiMaths.Share(Recurring, ContactsReceived);

    public int Allocated { get; init; }

    public double? AllocatedShare => KpiMaths.Share(Allocated, ContactsClosed);

    public int ResolvedAtFirstContact { get; init; }

    public double? ResolvedAtFirstContactShare => KpiMaths.Share(ResolvedAtFirstContact, ContactsClosed);

    public int InformationAndAdvice { get; init; }

    public double? InformationAndAdviceShare => KpiMaths.Share(InformationAndAdvice, ContactsClosed);

    public int HandOffs { get; init; }

    public double? HandOffsPerContact => ContactsReceived == 0 ? null : (double)HandOffs / ContactsReceived;

    public IReadOnlyList<KpiCount> ContactsByStage { get; init; } = [];

    public IReadOnlyList<KpiCount> ReferralsByPathway { get; init; } = [];

    public int SafeguardingAlerts { get; init; }

    public int SafeguardingAlertsDecided { get; init; }

    public int SafeguardingEnquiries { get; init; }

    public double? SafeguardingEnquiryShare => KpiMaths.Share(SafeguardingEnquiries, SafeguardingAlertsDecided);

    public double? MedianSecondsToFirstResponse { get; init; }

    public double? MedianSecondsToResolution { get; init; }

    /// <summary>Survey invitations sent about contacts received in the period.</summary>
    public int SurveysSent { get; init; }

    /// <summary>Of <see cref="SurveysSent"/>, those answered (by the time the figures were taken).</summary>
    public int SurveysAnswered { get; init; }

    public double? SurveyResponseRate => KpiMaths.Share(SurveysAnswered, SurveysSent);

    /// <summary>Answered surveys rating satisfaction 4 (satisfied) or 5 (very satisfied).</summary>
    public int SurveysSatisfied { get; init; }

    public double? CustomerSatisfaction => KpiMaths.Share(SurveysSatisfied, SurveysAnswered);

    /// <summary>"I statement" answers that agree, over every answer given to any of the four statements.</summary>
    public int IStatementsAgreed { get; init; }

    public int IStatementsAnswered { get; init; }

    public double? IStatementAgreement => KpiMaths.Share(IStatementsAgreed, IStatementsAnswered);

    /// <summary>Agree and disagree counts for each of the four statements, in their order.</summary>
    public IReadOnlyList<IStatementAnswers> IStatementAnswers { get; init; } = [];

    /// <summary>Professional referrals (e-form or partner API) scored for completeness when they arrived.</summary>
    public int ProfessionalReferralsScored { get; init; }

    /// <summary>Of <see cref="ProfessionalReferralsScored"/>, those that arrived with every fact their partner type requires.</summary>
    public int ProfessionalReferralsComplete { get; init; }

    /// <summary>The required facts the scored referrals arrived without, most often missing first (a referral may lack several).</summary>
    public IReadOnlyList<KpiCount> MissingRequiredFacts { get; init; } = [];

    /// <summary>Calls staff made to chase missing information about contacts received in the period, whether or not they got through.</summary>
    public int OutboundChaseCalls { get; init; }

    /// <summary>Contacts received in the period from a professional partner (police, ambulance, GP, hospital, care provider, other professional), by any channel.</summary>
    public int ProfessionalReferrals { get; init; }

    /// <summary>Of <see cref="OutboundChaseCalls"/>, those about <see cref="ProfessionalReferrals"/>.</summary>
    public int ChaseCallsOnProfessionalReferrals { get; init; }

    public double? ChaseCallsPer100ProfessionalReferrals => ProfessionalReferrals == 0 ? null : 100d * ChaseCallsOnProfessionalReferrals / ProfessionalReferrals;

    public double? ProfessionalReferralCompleteShare => KpiMaths.Share(ProfessionalReferralsComplete, ProfessionalReferralsScored);

    /// <summary>The mean completeness score (0–100) of <see cref="ProfessionalReferralsScored"/>.</summary>
    public double? AverageReferralCompleteness { get; init; }

    /// <summary>Contacts whose assessment records whether benefits advice was offered.</summary>
    public int BenefitsAdviceRecorded { get; init; }

    /// <summary>Of <see cref="BenefitsAdviceRecorded"/>, those where it was offered (taken up or declined).</summary>
    public int BenefitsAdviceOffered { get; init; }

    public double? BenefitsAdviceOfferedShare => KpiMaths.Share(BenefitsAdviceOffered, BenefitsAdviceRecorded);

    /// <summary>Annual income gained from benefits advice, in pounds, added up over the contacts where it was recorded.</summary>
    public decimal AnnualIncomeGained { get; init; }

    /// <summary>Closed contacts the front door (Tier 1 and Tier 2) resolved without referring on; see the catalogue's definition.</summary>
    public int ResolvedAtFrontDoor { get; init; }

    public double? ResolvedAtFrontDoorShare => KpiMaths.Share(ResolvedAtFrontDoor, ContactsClosed);

    /// <summary>When the waiting list was taken: the period's end, or now when the period has not ended.</summary>
    public DateTimeOffset WaitingListAt { get; init; }

    /// <summary>The waiting list at <see cref="WaitingListAt"/> by risk, most urgent first.</summary>
    public IReadOnlyList<WaitingRiskLine> WaitingListByRisk { get; init; } = [];

    public int WaitingListSize => WaitingListByRisk.Sum(l => l.Waiting);

    public int OverdueCheckIns => WaitingListByRisk.Sum(l => l.OverdueCheckIns);

    public double? LongestWaitSeconds => WaitingListByRisk.Count == 0 ? null : WaitingListByRisk.Max(l => l.LongestWaitSeconds);

    /// <summary>Contacts by channel and the person's age band when the contact arrived ("Unknown" when unmatched or no date of birth).</summary>
    public IReadOnlyList<KpiCrossCount> ChannelByAgeBand { get; init; } = [];

    /// <summary>Contacts by channel and the person's postcode district ("Unknown" when unmatched or no address).</summary>
    public IReadOnlyList<KpiCrossCount> ChannelByArea { get; init; } = [];

    /// <summary>A headline KPI's value by its catalogue key; null when it has none for the period.</summary>
    public double? ValueOf(string key) => key switch
    {
        "contactsReceived" => ContactsReceived,
        "callsOffered" => CallsOffered,
        "callsAnswered" => CallsAnswered,
        "abandonedCalls" => AbandonedCalls,
        "callHandlingRate" => CallHandlingRate,
        "averageQueueSeconds" => AverageQueueSeconds,
        "queueSeconds90thPercentile" => QueueSeconds90thPercentile,
        "failureDemandShare" => FailureDemandShare,
        "recurringShare" => RecurringShare,
        "allocatedShare" => AllocatedShare,
        "resolvedAtFirstContactShare" => ResolvedAtFirstContactShare,
        "informationAndAdviceShare" => InformationAndAdviceShare,
        "handOffsPerContact" => HandOffsPerContact,
        "safeguardingAlerts" => SafeguardingAlerts,
        "safeguardingEnquiryShare" => SafeguardingEnquiryShare,
        "medianSecondsToFirstResponse" => MedianSecondsToFirstResponse,
        "medianSecondsToResolution" => MedianSecondsToResolution,
        "customerSatisfaction" => CustomerSatisfaction,
        "iStatementAgreement" => IStatementAgreement,
        "surveyResponseRate" => SurveyResponseRate,
        "professionalReferralCompleteShare" => ProfessionalReferralCompleteShare,
        "averageReferralCompleteness" => AverageReferralCompleteness,
        "outboundChaseCalls" => OutboundChaseCalls,
        "chaseCallsPer100ProfessionalReferrals" => ChaseCallsPer100ProfessionalReferrals,
        "benefitsAdviceOfferedShare" => BenefitsAdviceOfferedShare,
        "annualIncomeGained" => (double)AnnualIncomeGained,
        "resolvedAtFrontDoorShare" => ResolvedAtFrontDoorShare,
        "waitingListSize" => WaitingListSize,
        "longestWaitSeconds" => LongestWaitSeconds,
        "overdueCheckIns" => OverdueCheckIns,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a KPI in the catalogue."),
    };
}
