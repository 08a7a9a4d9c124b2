using FrontDoor.Core.Contacts;

namespace FrontDoor.Core.Demo;

/// <summary>What people and partners say when they contact adult social care, in their words.</summary>
internal static class DemoStories
{
    public static string For(ContactSource source, ContactOutcome outcome, string name, int? age, string town, DemoRandom random)
    {
        var who = age is { } a ? $"{name} ({a})" : name;
        if (outcome == ContactOutcome.RedirectedToAllocatedWorker)
        {
            return random.Pick(Chasing).Replace("{who}", who, StringComparison.Ordinal);
        }

        if (outcome == ContactOutcome.NotForAdultSocialCare)
        {
            return random.Pick(NotForUs).Replace("{who}", who, StringComparison.Ordinal);
        }

        var templates = source switch
        {
            ContactSource.Police => Police,
            ContactSource.Ambulance => Ambulance,
            ContactSource.GpOrPrimaryCare => Gp,
            ContactSource.Hospital => Hospital,
            ContactSource.CareProvider => Provider,
            ContactSource.Self => Self,
            _ => Family,
        };
        return random.Pick(templates).Replace("{who}", who, StringComparison.Ordinal).Replace("{town}", town, StringComparison.Ordinal);
    }

    private static readonly string[] Police =
    [
        "Officers attended {who} in {town} after a neighbour reported they had not been seen for three days. Found confused, the house cold and little food in. No injuries. Adult concern raised for a welfare assessment.",
        "Concern for welfare: {who} rang 999 four times overnight believing intruders were in the loft. No crime. Lives alone, appears to have memory problems. Family not local.",
        "{who} was found wandering on the A6 near {town} at 02:00 in night clothes. Returned home by officers. Wife says this is the third time this month and she cannot cope.",
        "Report of possible financial abuse: {who} has given a new 'friend' over £4,000 in cash in the last month. Bank has flagged. Referred for safeguarding consideration.",
    ];

    private static readonly string[] Ambulance =
    [
        "EMAS crew attended {who} after a fall at home in {town}; on the floor for around 6 hours. Not conveyed. Struggling with stairs and personal care. Requesting assessment of care needs.",
        "Attended {who} for chest pain, discharged on scene. Home in poor state, hoarding, trip hazards and no working heating. Patient agreed to referral.",
        "Frequent caller: {who} has called 999 eleven times this month, mostly for falls without injury. Would benefit from a package of care or telecare.",
        "Crew concerned about carer strain: {who} cares for husband with advanced dementia and was tearful and exhausted. Consented to a carers referral.",
    ];

    private static readonly string[] Gp =
    [
        "Request for assessment: {who} has declining mobility after a stroke, daughter providing all care and now unwell herself. Please assess for support at home.",
        "{who} is increasingly forgetful, missing medication and losing weight. Memory clinic referral made. Requesting a care and support assessment.",
        "Practice nurse visited {who}: pressure area concerns and not managing continence. Lives alone in {town}. Please contact to arrange assessment.",
    ];

    private static readonly string[] Hospital =
    [
        "Discharge referral: {who} medically fit for discharge from Ward 21. Needs two carers for transfers. Home First pathway requested.",
        "{who} admitted after a fall, now medically optimised. Was independent before admission, lives alone in {town}. Requesting reablement on discharge.",
    ];

    private static readonly string[] Provider =
    [
        "Incident: {who} had an unwitnessed fall in the lounge at 14:10, no injury, family informed. Third fall this month. Requesting review of care needs.",
        "Care staff found unexplained bruising on {who}'s forearms during personal care. Body map completed. Raising a concern.",
        "{who}'s needs have increased and our staff now need two carers for every visit. Current package is not safe. Please review urgently.",
    ];

    private static readonly string[] Self =
    [
        "I'm {who} and since my hip operation I can't get in and out of the bath. I live in {town} on my own. Is there any equipment that could help?",
        "I need some help at home. My arthritis has got worse and I'm struggling to cook and clean. My son lives in Scotland.",
        "I look after my wife who has Parkinson's and I'm not sleeping. I don't know what help there is for carers.",
        "I've been told I might have to pay for my care and I'm worried about the cost. Can someone explain how it works?",
    ];

    private static readonly string[] Family =
    [
        "I'm calling about my mum, {who}. She lives alone in {town} and has had two falls this month. She won't use her stick and forgets to eat. We're worried she isn't safe.",
        "My dad {who} has dementia and was found outside in his pyjamas by a neighbour. We work full time and can't be there every day.",
        "My sister {who} has a learning disability and our mum, who cared for her, has just died. She needs support to stay in her flat.",
        "Neighbour here. {who} next door hasn't collected their post for a week and the curtains are always shut. I'm worried about them.",
    ];

    private static readonly string[] Chasing =
    [
        "Calling for {who}'s social worker. I've left two messages and nobody has called back about the care package.",
        "{who}'s carers didn't turn up this morning. Who do I speak to? We already have a worker but can't get hold of them.",
        "Chasing the outcome of {who}'s assessment, we were told someone would ring last week.",
        "I want to speak to the worker dealing with {who} about changing the visit times.",
    ];

    private static readonly string[] NotForUs =
    [
        "Asking about a blue badge renewal for {who}.",
        "Enquiring about council tax reduction for {who}, who has moved into a care home.",
        "Wants to report a broken street light outside {who}'s house.",
        "Asking for help with {who}'s GP prescription delivery.",
        "Housing repair needed at {who}'s council flat: damp in the bedroom.",
    ];
}
