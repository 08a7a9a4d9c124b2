using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Email;

namespace FrontDoor.Core.Tests.Contacts.Email;

public sealed class SenderClassifierTests
{
    private readonly SenderClassifier _classifier = new(["oakcare.co.uk", "@Meadow-Homes.org.uk"]);

    [Theory]
    [InlineData("pc.dawson@leicestershire.police.uk", "Adult concern", ContactSource.Police)]
    [InlineData("MASH@nottinghamshire.pnn.police.uk", "PPN", ContactSource.Police)]
    [InlineData("referrals@emas.nhs.uk", "Referral", ContactSource.Ambulance)]
    [InlineData("crew.hub@nhs.net", "Referral after EMAS attendance", ContactSource.Ambulance)]
    [InlineData("reception.c82001@nhs.net", "Request for assessment", ContactSource.GpOrPrimaryCare)]
    [InlineData("dr.khan@leicspart.nhs.uk", "Request for assessment", ContactSource.GpOrPrimaryCare)]
    [InlineData("ward7@uhl-tr.nhs.uk", "Discharge planning: bed 4", ContactSource.Hospital)]
    [InlineData("manager@oakcare.co.uk", "Incident at Oak House", ContactSource.CareProvider)]
    [InlineData("office@site2.meadow-homes.org.uk", "Concern", ContactSource.CareProvider)]
    [InlineData("someone@police.uk.example.com", "Hello", ContactSource.Self)]
    [InlineData("someone@notnhs.net", "Hello", ContactSource.OtherProfessional)]
    public void Classify_ByDomainAndWords(string from, string subject, ContactSource expected) =>
        Assert.Equal(expected, _classifier.Classify(from, subject, "Please see below.").Source);

    [Fact]
    public void Classify_PublicWritingAboutTheirMother_IsFamily() =>
        Assert.Equal(ContactSource.FamilyOrFriend, _classifier.Classify("sam@example.com", "Help", "I am worried about my mum").Source);

    [Fact]
    public void Classify_PublicWritingAsCarer_IsCarer() =>
        Assert.Equal(ContactSource.Carer, _classifier.Classify("sam@example.com", "Help", "I care for my husband and I am exhausted").Source);

    [Fact]
    public void Classify_AmbulanceWordsFromAPublicAddress_AreNotTrusted() =>
        Assert.Equal(ContactSource.Self, _classifier.Classify("paramedic.fan@gmail.com", "EMAS ambulance crew", "I am a paramedic").Source);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-at-sign")]
    [InlineData("trailing@")]
    [InlineData("<weird@@>")]
    [InlineData("😀@😀.uk")]
    public void Classify_WithoutAUsableAddress_NeverThrows(string? from) =>
        Assert.Equal(ContactSource.Self, _classifier.Classify(from, null, null).Source);

    [Fact]
    public void Classify_WithHugeText_NeverThrows() =>
        Assert.Equal(ContactSource.GpOrPrimaryCare, _classifier.Classify("gp@nhs.net", new string('x', 100_000), new string('y', 1_000_000)).Source);

    [Theory]
    [InlineData("discharge.team@nhs.net", "Patient update", ContactSource.Hospital)]
    [InlineData("uhl.integrateddischarge@nhs.net", "Referral", ContactSource.Hospital)]
    [InlineData("ward7@uhl-tr.nhs.uk", "Referral", ContactSource.Hospital)]
    [InlineData("idt@nuh.nhs.uk", "Referral for support", ContactSource.Hospital)]
    [InlineData("safeguarding@wmas.nhs.uk", "Referral", ContactSource.Ambulance)]
    [InlineData("clinical.hub@nwas.nhs.uk", "Referral", ContactSource.Ambulance)]
    [InlineData("referrals@londonambulance.nhs.uk", "Referral", ContactSource.Ambulance)]
    [InlineData("castle.surgery@nhs.net", "Referral", ContactSource.GpOrPrimaryCare)]
    public void Classify_NhsSenders_ByTrustAndService(string from, string subject, ContactSource expected) =>
        Assert.Equal(expected, _classifier.Classify(from, subject, "Please see below.").Source);

    [Fact]
    public void Classify_DischargeTeamOnNhsNet_IsAHospitalByItsSignature() =>
        Assert.Equal(ContactSource.Hospital, _classifier.Classify("j.patel4@nhs.net", "Ada Example", "Ada is medically fit for discharge on Friday.\n\nJ Patel\nDischarge Coordinator, Ward 22\nUniversity Hospitals of Leicester NHS Trust").Source);

    [Fact]
    public void Classify_GpNamedWard_IsStillPrimaryCare() =>
        Assert.Equal(ContactSource.GpOrPrimaryCare, _classifier.Classify("castle.surgery@nhs.net", "Request for assessment", "Please assess.\n\nYours sincerely\nDr Peter Ward\nCastle Surgery").Source);

    [Fact]
    public void Classify_GpWhosePatientWasOnceInHospital_IsStillPrimaryCare() =>
        Assert.Equal(ContactSource.GpOrPrimaryCare, _classifier.Classify("dr.khan@nhs.net", "Request for assessment", "Ada was in hospital last year after a fall.\n\nDr Sam Khan\nCastle Surgery").Source);

    [Theory]
    [InlineData("manager@sunrise-homecare.co.uk")]
    [InlineData("office@brightcare.org.uk")]
    [InlineData("referrals@somecharity.org")]
    public void Classify_UnknownOrganisation_IsOtherProfessional_NotThePublic(string from)
    {
        var classification = _classifier.Classify(from, "Concern", "Just to let you know Ada who we support has had a fall.");
        Assert.Equal(ContactSource.OtherProfessional, classification.Source);
        Assert.Contains("confirm", classification.Rule, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("sue.example@gmail.com")]
    [InlineData("sue.example@hotmail.co.uk")]
    [InlineData("sue.example@btinternet.com")]
    [InlineData("sue.example@icloud.com")]
    [InlineData("sue.example@outlook.com")]
    [InlineData("sue.example@yahoo.co.uk")]
    public void Classify_WebmailAddress_IsThePublic(string from) =>
        Assert.Equal(ContactSource.FamilyOrFriend, _classifier.Classify(from, "Help", "I am worried about my mum").Source);

    public static TheoryData<string, ContactSource> ForwardedReferrals => new()
    {
        { "---------- Forwarded message ---------\nFrom: EMAS Safeguarding <safeguarding@emas.nhs.uk>\nDate: Mon, 2 Nov 2026 at 08:10\nSubject: Referral\nTo: Jo Officer <jo.officer@leics.gov.uk>\n\nPatient: Ada Example", ContactSource.Ambulance },
        { "Please pick this up.\n\n-----Original Message-----\nFrom: PC 123 Dawson <pc.dawson@leicestershire.police.uk>\nSent: 02 November 2026 08:10\nTo: Jo Officer\nSubject: Adult concern\n\nName: Ada Example", ContactSource.Police },
        { "FYI\n\nFrom: Discharge Team <uhl.dischargeteam@nhs.net>\nSent: Monday, November 2, 2026 8:10 AM\nTo: Jo Officer <jo.officer@leics.gov.uk>\nSubject: Discharge referral\n\nAda Example is ready for discharge.", ContactSource.Hospital },
        { "---------- Forwarded message ---------\nFrom: Sue Example <sue.example@gmail.com>\nDate: Mon, 2 Nov 2026\nSubject: Help\n\nI am worried about my mum", ContactSource.FamilyOrFriend },
    };

    [Theory]
    [MemberData(nameof(ForwardedReferrals))]
    public void Classify_ForwardedByACouncilOfficer_IsClassedByTheOriginalSender(string body, ContactSource expected) =>
        Assert.Equal(expected, _classifier.Classify("jo.officer@leics.gov.uk", "FW: Referral", body).Source);

    [Fact]
    public void Classify_ForwardQuotedByAWebmailSender_IsNotTakenOnTrust() =>
        Assert.Equal(ContactSource.Self, _classifier.Classify("someone@gmail.com", "FW: Referral", "---------- Forwarded message ---------\nFrom: PC Dawson <pc.dawson@leicestershire.police.uk>\nDate: Mon, 2 Nov 2026\nSubject: Adult concern\n\nName: Ada Example").Source);
}
