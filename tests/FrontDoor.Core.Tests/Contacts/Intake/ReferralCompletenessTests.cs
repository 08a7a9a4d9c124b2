using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.People;

namespace FrontDoor.Core.Tests.Contacts.Intake;

public sealed class ReferralCompletenessTests
{
    private static ReferralEvidence Nothing => new(ReportedPerson.Empty, null, null, ContactConsent.NotAsked, ImmediateRisk.NotAsked, CommunicationNeeds.None, []);

    private static ReferralEvidence Everything => new(
        new ReportedPerson { GivenName = "Ann", FamilyName = "Lee", DateOfBirth = new DateOnly(1939, 7, 14), NhsNumberAsGiven = "9434765919", AddressLine1 = "1 High St", Postcode = "LE1 1AA", Phone = "07700 900123" },
        new Caller("PC Dawson", Organisation: "Leicestershire Police", Phone: "101"),
        "Found on the floor after a fall; cold house.",
        new ContactConsent(true, true),
        new ImmediateRisk(InDangerNow: false),
        new CommunicationNeeds(LargePrint: true),
        [ReferralCompleteness.AnswerKeys.IncidentDate, ReferralCompleteness.AnswerKeys.PoliceReference, ReferralCompleteness.AnswerKeys.GpPractice, ReferralCompleteness.AnswerKeys.DischargeDate, ReferralCompleteness.AnswerKeys.Ward]);

    [Theory]
    [InlineData(PartnerType.Police)]
    [InlineData(PartnerType.Ambulance)]
    [InlineData(PartnerType.GpOrPrimaryCare)]
    [InlineData(PartnerType.Hospital)]
    [InlineData(PartnerType.CareProvider)]
    [InlineData(PartnerType.OtherProfessional)]
    public void Score_RunsFromZeroToOneHundred(PartnerType partner)
    {
        Assert.Equal(0, ReferralCompleteness.Score(partner, Nothing).Score);
        var full = ReferralCompleteness.Score(partner, Everything);
        Assert.Equal(100, full.Score);
        Assert.Empty(full.MissingRequired);
    }

    [Fact]
    public void Score_SharedWithoutAgreement_CountsConsentOnlyWithTheReasonForSharing()
    {
        var withoutAgreement = Everything with { Consent = new ContactConsent(PersonIsAware: true, ConsentsToSharing: false) };
        var withReason = withoutAgreement with { AnsweredKeys = [.. Everything.AnsweredKeys, ReferralCompleteness.AnswerKeys.NoConsentReason] };

        var noReason = ReferralCompleteness.Score(PartnerType.Police, withoutAgreement);
        var reasonGiven = ReferralCompleteness.Score(PartnerType.Police, withReason);

        Assert.Equal([ReferralField.ConsentToSharing], noReason.MissingRequired);
        Assert.True(noReason.Score < 100);
        Assert.Equal(100, reasonGiven.Score);
        Assert.Empty(reasonGiven.MissingRequired);
    }

    [Fact]
    public void Score_GpWithoutNhsNumber_ListsItAsMissingAndRequired()
    {
        var evidence = Everything with { Person = Everything.Person with { NhsNumberAsGiven = "943 476 5918" } };
        var result = ReferralCompleteness.Score(PartnerType.GpOrPrimaryCare, evidence);
        Assert.Equal([ReferralField.NhsNumber], result.MissingRequired);
        Assert.Equal(91, result.Score);
    }

    [Fact]
    public void Score_PoliceWithoutNhsNumber_LosesOnlyADesirableField()
    {
        var evidence = Everything with { Person = Everything.Person with { NhsNumberAsGiven = null } };
        var result = ReferralCompleteness.Score(PartnerType.Police, evidence);
        Assert.Empty(result.MissingRequired);
        Assert.Equal([ReferralField.NhsNumber], result.MissingDesirable);
        Assert.Equal(98, result.Score); // 106 of the police form's 108: only the NHS number's 2 are lost
    }

    [Theory]
    [InlineData(ContactSource.Police, PartnerType.Police)]
    [InlineData(ContactSource.Hospital, PartnerType.Hospital)]
    [InlineData(ContactSource.Self, null)]
    [InlineData(ContactSource.FamilyOrFriend, null)]
    public void PartnerTypeFor_OnlyProfessionalsAreScored(ContactSource source, PartnerType? expected) =>
        Assert.Equal(expected, ReferralCompleteness.PartnerTypeFor(source));
}
