using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.CallBacks;
using FrontDoor.Core.Contacts.Intake;

namespace FrontDoor.Core.Demo;

/// <summary>
/// What an advisor records of a chase call in the demo county, as the Record a call you made page asks: who they
/// called, whether it got through, the facts they were chasing and now and then a note. Professionals are harder to
/// reach than families (on shift, on a ward, on patrol); the facts chased are the ones the referral arrived without,
/// or what that kind of referrer most often leaves out.
/// </summary>
internal sealed class DemoChaseCalls(DemoRandom random)
{
    private static readonly (CallBackPerson, double)[] ProfessionalCalled =
        [(CallBackPerson.Referrer, 80), (CallBackPerson.Person, 12), (CallBackPerson.SomeoneElse, 8)];

    private static readonly (CallBackPerson, double)[] PublicCalled =
        [(CallBackPerson.Person, 55), (CallBackPerson.Referrer, 35), (CallBackPerson.SomeoneElse, 10)];

    private static readonly string?[] GotThroughNotes =
    [
        null, null, null,
        "Details confirmed and added to the contact.",
        "They will email the rest over today.",
        "They will ring back with the rest this afternoon.",
    ];

    private static readonly string?[] NotThroughNotes =
    [
        null,
        "No answer. Left a voicemail asking them to call the front door back.",
        "Rang out with no voicemail.",
        "Number on the referral was wrong.",
        "Switchboard could not find them: on shift until 7pm.",
    ];

    /// <summary>Who was called, whether it got through, the facts chased and a note, for one chase call.</summary>
    public (CallBackPerson Called, bool GotThrough, IReadOnlyList<ReferralField> Facts, string? Note) For(Contact contact, bool professional)
    {
        var called = random.PickWeighted(professional ? ProfessionalCalled : PublicCalled);
        var gotThrough = random.Chance(professional && called == CallBackPerson.Referrer ? 0.6 : 0.75);
        var note = random.Pick(gotThrough ? GotThroughNotes : NotThroughNotes);
        return (called, gotThrough, FactsChased(contact), note);
    }

    private ReferralField[] FactsChased(Contact contact)
    {
        var missing = (contact.MissingRequiredFacts ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(Enum.Parse<ReferralField>).ToArray();
        if (missing.Length > 0)
        {
            return missing;
        }

        // Now and then the advisor ticks nothing: the call was about the story as a whole.
        if (random.Chance(0.1))
        {
            return [];
        }

        var usual = UsuallyMissing(contact.Source);
        var first = random.Pick(usual);
        var second = random.Pick(usual);
        return random.Chance(0.35) && second != first ? [first, second] : [first];
    }

    private static ReferralField[] UsuallyMissing(ContactSource source) => source switch
    {
        ContactSource.Police => [ReferralField.PoliceReference, ReferralField.PersonIsAware, ReferralField.ConsentToSharing, ReferralField.DateOfBirth],
        ContactSource.Ambulance => [ReferralField.IncidentDate, ReferralField.ConsentToSharing, ReferralField.ImmediateRisk, ReferralField.Address],
        ContactSource.GpOrPrimaryCare => [ReferralField.NhsNumber, ReferralField.GpPractice, ReferralField.PersonIsAware],
        ContactSource.Hospital => [ReferralField.DischargeDate, ReferralField.Ward, ReferralField.NhsNumber],
        ContactSource.CareProvider or ContactSource.OtherProfessional => [ReferralField.ReferrerPhoneOrEmail, ReferralField.ConsentToSharing, ReferralField.ImmediateRisk],
        _ => [ReferralField.DateOfBirth, ReferralField.Address, ReferralField.PersonPhone, ReferralField.CommunicationNeeds],
    };
}
