namespace FrontDoor.Core.Insight;

/// <summary>
/// The one set of front door KPIs: each with its definition. Keys are camelCase, as the JSON of <c>frontdoor kpis</c>
/// names them and as <c>Insight:Targets:&lt;key&gt;</c> sets their targets.
/// </summary>
public static class KpiCatalogue
{
    private const string ByArrival = "Contacts received from the first day to the last day of the period (UTC), whenever they were closed: a contact that arrives on the last day of a month and closes the next counts in the month it arrived.";
    private const string ByOffer = "Calls offered from the first day to the last day of the period (UTC).";
    private const string Contacts = "contacts (channel, source, received time, main outcome, hand-offs)";
    private const string Surveys = "survey_invitations (texted when a contact closes) and their answers";
    private const string Snapshot = "A snapshot of the waiting list at the end of the period's last day (UTC), or now while the period is still going on: who was waiting then, not who joined during the period.";
    private const string Calls = "call_records imported from the telephony platform (frontdoor import-calls)";

    public static IReadOnlyList<KpiDefinition> All { get; } =
    [
        new("contactsReceived", "Contacts received", KpiUnit.Count, KpiDirection.NeitherIsBetter,
            "Contacts received through any channel, from anyone", null, ByArrival, Contacts),
        new("callsOffered", "Calls offered", KpiUnit.Count, KpiDirection.NeitherIsBetter,
            "Calls that reached the contact centre's queue, answered or abandoned", null, ByOffer, Calls),
        new("callsAnswered", "Calls answered", KpiUnit.Count, KpiDirection.HigherIsBetter,
            "Calls offered that an advisor answered", null, ByOffer, Calls),
        new("abandonedCalls", "Abandoned calls", KpiUnit.Count, KpiDirection.LowerIsBetter,
            "Calls offered where the caller hung up before an advisor answered, however soon (a call abandoned after 0 seconds counts)", null, ByOffer, Calls),
        new("callHandlingRate", "Call handling rate", KpiUnit.Share, KpiDirection.HigherIsBetter,
            "Calls answered", "Calls offered", ByOffer, Calls),
        new("averageQueueSeconds", "Average queue time", KpiUnit.Seconds, KpiDirection.LowerIsBetter,
            "Seconds every offered call waited in the queue, until answered or abandoned, added up", "Calls offered", ByOffer, Calls),
        new("queueSeconds90thPercentile", "Queue time, 90th percentile", KpiUnit.Seconds, KpiDirection.LowerIsBetter,
            "The queue time that 90% of offered calls waited no longer than (nearest rank)", null, ByOffer, Calls),
        new("failureDemandShare", "Failure demand", KpiUnit.Share, KpiDirection.LowerIsBetter,
            "Closed contacts that were demand the front door should not have had: those staff recorded as failure demand with a reason (about an allocated person, not for adult social care, repeat or chasing, could not reach the team), and those whose main outcome was redirected to the person's allocated worker or not for adult social care",
            "Contacts closed with an outcome", ByArrival, Contacts + " and contacts.failure_demand_reason (FailureDemandRecorded events)"),
        new("recurringShare", "Recurring contacts", KpiUnit.Share, KpiDirection.LowerIsBetter,
            "Contacts about a person whose previous contact had closed within the recurring window (RepeatContacts:RecurringWindowDays, 90 days by default) when this one arrived or was linked to them",
            "Contacts received", ByArrival, "contacts.recurring_of_contact_id (FlaggedRecurring events)"),
        new("allocatedShare", "About people with an allocated worker", KpiUnit.Share, KpiDirection.LowerIsBetter,
            "Closed contacts whose main outcome was redirected to the allocated worker", "Contacts closed with an outcome", ByArrival, Contacts),
        new("resolvedAtFirstContactShare", "Resolved at first point of contact", KpiUnit.Share, KpiDirection.HigherIsBetter,
            "Closed contacts never handed off whose main outcome was resolved by Tier 1, information and advice, or signposting",
            "Contacts closed with an outcome", ByArrival, Contacts),
        new("informationAndAdviceShare", "Information and advice as main outcome", KpiUnit.Share, KpiDirection.HigherIsBetter,
            "Closed contacts whose main outcome was information and advice", "Contacts closed with an outcome", ByArrival, Contacts),
        new("handOffsPerContact", "Hand-offs per contact", KpiUnit.PerContact, KpiDirection.LowerIsBetter,
            "Hand-offs from one queue, team or person to another (contact_events marked as hand-offs)", "Contacts received", ByArrival, "contact_events (is_hand_off), through contacts.hand_offs"),
        new("safeguardingAlerts", "Safeguarding alerts", KpiUnit.Count, KpiDirection.NeitherIsBetter,
            "Safeguarding referrals made to the MASH", null, ByArrival, "contact_referrals of type Safeguarding"),
        new("safeguardingEnquiryShare", "Safeguarding alerts that became enquiries", KpiUnit.Share, KpiDirection.NeitherIsBetter,
            "Safeguarding alerts the MASH made a section 42 enquiry", "Safeguarding alerts the MASH has decided on", ByArrival, "contact_referrals of type Safeguarding"),
        new("medianSecondsToFirstResponse", "Time to first response (median)", KpiUnit.Seconds, KpiDirection.LowerIsBetter,
            "The median, over contacts a person has acted on, of the seconds from arrival to the first contact event made by a member of staff (not by FrontDoor itself)",
            null, ByArrival, "contact_events (actor role other than System)"),
        new("medianSecondsToResolution", "Time to resolution (median)", KpiUnit.Seconds, KpiDirection.LowerIsBetter,
            "The median, over closed contacts, of the seconds from arrival to closing", null, ByArrival, Contacts),
        new("customerSatisfaction", "Customer satisfaction", KpiUnit.Share, KpiDirection.HigherIsBetter,
            "Answered feedback surveys rating the service 4 (satisfied) or 5 (very satisfied) on the 1–5 scale",
            "Answered feedback surveys", ByArrival + " Surveys count with the contact they were about.", Surveys),
        new("iStatementAgreement", "\"I statement\" agreement", KpiUnit.Share, KpiDirection.HigherIsBetter,
            "Answers agreeing with one of the four \"I statements\" (the front door's outcomes agreed with stakeholders in March 2024)",
            "Answers given to any of the four statements (each answered survey gives up to four)", ByArrival + " Surveys count with the contact they were about.", Surveys),
        new("surveyResponseRate", "Survey response rate", KpiUnit.Share, KpiDirection.HigherIsBetter,
            "Feedback survey invitations answered so far", "Feedback survey invitations sent (never for safeguarding contacts, people who opted out, or people with no mobile on record)",
            ByArrival + " Surveys count with the contact they were about.", Surveys),
        new("resolvedAtFrontDoorShare", "Resolved at the front door (CSC and Tier 2)", KpiUnit.Share, KpiDirection.HigherIsBetter,
            "Closed contacts whose main outcome was resolved by Tier 1, information and advice, signposting, no further action or passed to the front door's Tier 2 workers, with no referral made to a team or pathway (a contact Tier 2 referred on does not count); hand-offs within the front door do not matter, unlike resolved at first point of contact. Nottinghamshire's 75% is the default target",
            "Contacts closed with an outcome", ByArrival + " A contact closed twice counts once, by the outcome it has now.", Contacts + " and contact_referrals"),
        new("professionalReferralCompleteShare", "Complete professional referrals", KpiUnit.Share, KpiDirection.HigherIsBetter,
            "Professional referrals that arrived with every fact their partner type requires (ReferralCompleteness: the facts the e-forms will not send without, such as the person's name, date of birth, address, what happened, whether they are safe now, and the police reference, NHS number or discharge date their partner type adds), whatever desirable facts they lacked: nothing an advisor must phone back for",
            "Professional referrals from a partner (police, ambulance, GP, hospital, care provider, other professional) through the professional e-forms or the partner API, scored on arrival",
            ByArrival + " Judged once, as intake scored the referral: facts staff add later do not make it complete. The facts most often missing are listed beside it.",
            "contacts.missing_required_facts and contacts.completeness_score (set by intake from the referral's facts, per ReferralCompleteness)"),
        new("averageReferralCompleteness", "Professional referral completeness (average score)", KpiUnit.Count, KpiDirection.HigherIsBetter,
            "Completeness scores (0 to 100, weighted by how often a missing fact makes an advisor phone back) added up", "The same professional referrals, scored on arrival",
            ByArrival, "contacts.completeness_score"),
        new("outboundChaseCalls", "Outbound calls to chase missing information", KpiUnit.Count, KpiDirection.LowerIsBetter,
            "Calls staff made to chase facts a contact lacked (recorded on the contact as a call made to chase missing information), to the person, the referrer or anyone else. A call that did not get through still counts as made",
            null, ByArrival + " A call counts with the contact it was about, in the month the contact arrived, even when it was made in a later month.",
            "contact_events of kind OutboundCallMade with purpose (To) ChaseMissingInformation"),
        new("chaseCallsPer100ProfessionalReferrals", "Chase calls per 100 professional referrals", KpiUnit.PerHundred, KpiDirection.LowerIsBetter,
            "Outbound calls to chase missing information about professional referrals (whether or not they got through), times 100",
            "Professional referrals: contacts from a professional partner (police, ambulance, GP, hospital, care provider, other professional) by any channel; contacts from the public, carers and staff are in neither count",
            ByArrival + " A call counts with the contact it was about, in the month the contact arrived.",
            "contact_events (OutboundCallMade, ChaseMissingInformation) and contacts.source"),
        new("benefitsAdviceOfferedShare", "Benefits advice offered", KpiUnit.Share, KpiDirection.HigherIsBetter,
            "Contacts whose contact assessment records benefits advice as offered (whether taken up or declined)", "Contacts whose contact assessment records whether benefits advice was offered",
            ByArrival, "contact_assessments.benefits_advice (AssessmentRecorded events)"),
        new("annualIncomeGained", "Annual income gained from benefits advice", KpiUnit.Pounds, KpiDirection.HigherIsBetter,
            "Annual income gained, in pounds, added up over the contacts where it was recorded on the contact assessment (most have none recorded: this is a floor, not an estimate)",
            null, ByArrival, "contact_assessments.annual_income_gained"),
        new("waitingListSize", "Waiting list", KpiUnit.Count, KpiDirection.LowerIsBetter,
            "People waiting for a team: contacts referred to a team (contact_referrals) before the snapshot and not closed by then", null, Snapshot,
            "contact_referrals and contacts.closed_at"),
        new("longestWaitSeconds", "Longest wait on the waiting list", KpiUnit.Seconds, KpiDirection.LowerIsBetter,
            "The longest time anyone on the waiting list at the snapshot had waited since their referral", null, Snapshot, "contact_referrals.referred_at"),
        new("overdueCheckIns", "Overdue check-ins", KpiUnit.Count, KpiDirection.LowerIsBetter,
            "People on the waiting list at the snapshot whose keep-in-touch check-in was overdue (WaitingWell:CheckInEvery for their risk from their referral or last check-in, plus WaitingWell:OverdueAfter)",
            null, Snapshot + " Risk is the contact's priority now.", "contact_referrals, contacts.priority and contact_events (CheckedIn)"),
    ];

    /// <summary>The breakdowns shown beside the KPIs: each a table of counts.</summary>
    public static IReadOnlyList<KpiDefinition> Breakdowns { get; } =
    [
        new("contactsByChannel", "Contacts by channel", KpiUnit.Count, KpiDirection.NeitherIsBetter, "Contacts received through each channel", null, ByArrival, Contacts),
        new("contactsBySource", "Contacts by source", KpiUnit.Count, KpiDirection.NeitherIsBetter, "Contacts received from each kind of sender", null, ByArrival, Contacts),
        new("failureDemandReasons", "Failure demand by reason", KpiUnit.Count, KpiDirection.LowerIsBetter, "Failure demand contacts by their reason", null, ByArrival, Contacts),
        new("contactsByStage", "Contacts per Three Conversations stage", KpiUnit.Count, KpiDirection.NeitherIsBetter, "Contacts with each Three Conversations stage recorded", null, ByArrival, "contacts.stage (StageChanged events)"),
        new("referralsByPathway", "Referrals by pathway", KpiUnit.Count, KpiDirection.NeitherIsBetter, "Referrals made to each pathway", null, ByArrival, "contact_referrals"),
        new("waitingListByRisk", "Waiting list by risk", KpiUnit.Count, KpiDirection.LowerIsBetter, "People waiting for a team at each risk level, how long they had waited and overdue check-ins", null, Snapshot, "contact_referrals, contacts.priority and contact_events (CheckedIn)"),
        new("channelByAgeBand", "Channel by age band", KpiUnit.Count, KpiDirection.NeitherIsBetter, "Contacts through each channel by the person's age when the contact arrived (unknown when the contact is not matched to a person or the person has no date of birth): who is digitally excluded", null, ByArrival, "contacts and people.date_of_birth"),
        new("channelByArea", "Channel by area", KpiUnit.Count, KpiDirection.NeitherIsBetter, "Contacts through each channel by the postcode district of the person's address on record (unknown when not matched or no address)", null, ByArrival, "contacts and people.postcode"),
        new("missingRequiredFacts", "Required facts most often missing", KpiUnit.Count, KpiDirection.LowerIsBetter, "Professional referrals (e-form or partner API) that arrived without each required fact; one referral may lack several", null, ByArrival, "contacts.missing_required_facts"),
        new("callsByIvrOption", "Calls by telephone menu option", KpiUnit.Count, KpiDirection.NeitherIsBetter, "Calls offered and abandoned for each IVR menu choice", null, ByOffer, Calls),
    ];

    public static KpiDefinition? Find(string key) =>
        All.Concat(Breakdowns).FirstOrDefault(k => string.Equals(k.Key, key, StringComparison.Ordinal));
}
