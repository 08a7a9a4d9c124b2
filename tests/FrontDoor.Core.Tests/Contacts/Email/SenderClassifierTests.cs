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
    [InlineData("someone@notnhs.net", "Hello", ContactSource.Self)]
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
}
