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
    ];

    /// <summary>The breakdowns shown beside the KPIs: each a table of counts.</summary>
    public static IReadOnlyList<KpiDefinition> Breakdowns { get; } =
    [
        new("contactsByChannel", "Contacts by channel", KpiUnit.Count, KpiDirection.NeitherIsBetter, "Contacts received through each channel", null, ByArrival, Contacts),
        new("contactsBySource", "Contacts by source", KpiUnit.Count, KpiDirection.NeitherIsBetter, "Contacts received from each kind of sender", null, ByArrival, Contacts),
        new("failureDemandReasons", "Failure demand by reason", KpiUnit.Count, KpiDirection.LowerIsBetter, "Failure demand contacts by their reason", null, ByArrival, Contacts),
        new("contactsByStage", "Contacts per Three Conversations stage", KpiUnit.Count, KpiDirection.NeitherIsBetter, "Contacts with each Three Conversations stage recorded", null, ByArrival, "contacts.stage (StageChanged events)"),
        new("referralsByPathway", "Referrals by pathway", KpiUnit.Count, KpiDirection.NeitherIsBetter, "Referrals made to each pathway", null, ByArrival, "contact_referrals"),
        new("callsByIvrOption", "Calls by telephone menu option", KpiUnit.Count, KpiDirection.NeitherIsBetter, "Calls offered and abandoned for each IVR menu choice", null, ByOffer, Calls),
    ];

    public static KpiDefinition? Find(string key) =>
        All.Concat(Breakdowns).FirstOrDefault(k => string.Equals(k.Key, key, StringComparison.Ordinal));
}
