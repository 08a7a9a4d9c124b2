using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Priority;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Mail;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Tests.Triage.Priority;

/// <summary>
/// Priority facts read back from contacts that intake stored: answers as each channel keeps them (the label the
/// sender read, not a code), through the real intake and the real mailbox reader.
/// </summary>
[Collection(DovecotFixtureGroup.Name)]
public sealed class PriorityFactsReaderTests(DovecotServer dovecot)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(IntakeTestKit.Now.UtcDateTime);

    [Theory]
    [BothProviders]
    public async Task Read_PoliceEFormConcernTypes_GiveSafeguardingSelfNeglectAndWelfare(DatabaseProvider provider)
    {
        var (contact, answers) = await ReceiveAsync(provider, ContactChannel.ProfessionalEForm, ContactSource.Police, new ImmediateRisk(false, true),
        [
            new("police-reference", "Police reference", "LP-20261101-0042"),
            // As the police e-form stores its ticked boxes: their labels, comma-separated.
            new("concern-types", "Type of concern", "Welfare: not coping at home, Self-neglect or hoarding, Abuse or exploitation"),
            new("emergency-services-involved", "Emergency services involved", "Yes"),
        ]);

        var facts = PriorityFactsReader.Read(contact, answers);

        Assert.Equal((false, true), (facts.InDangerNow, facts.PoliceWelfareConcern));
        Assert.Equal([TriageRisk.Safeguarding, TriageRisk.SelfNeglect], facts.ReportedRisks.Order());
        Assert.Equal(
            new PriorityDecision(TriagePriority.High, ["Safeguarding concern", "Self-neglect", "Police referral about welfare"]),
            PriorityRules.Decide(facts, Today),
            new DecisionComparer());
    }

    [Theory]
    [BothProviders]
    public async Task Read_AmbulanceEFormCarerStrainAndMentalHealth_GiveCarerBreakdownAndCrisis(DatabaseProvider provider)
    {
        var (contact, answers) = await ReceiveAsync(provider, ContactChannel.ProfessionalEForm, ContactSource.Ambulance, ImmediateRisk.NotAsked,
        [
            new("concern-types", "Concerns", "Falls, Carer strain"),
        ]);

        var facts = PriorityFactsReader.Read(contact, answers, flowRisks: new HashSet<TriageRisk> { TriageRisk.MentalHealthCrisis });

        Assert.Null(facts.InDangerNow);
        Assert.Equal([TriageRisk.CarerBreakdown], facts.ReportedRisks);
        Assert.Equal(["Mental health crisis", "Carer can no longer cope"], PriorityRules.Decide(facts, Today).Reasons);
    }

    [Theory]
    [BothProviders]
    public async Task Read_HospitalEFormDischargeDateInWords_IsTheDischargeDate(DatabaseProvider provider)
    {
        var (contact, answers) = await ReceiveAsync(provider, ContactChannel.ProfessionalEForm, ContactSource.Hospital, new ImmediateRisk(false),
        [
            new("ward", "Ward", "Ward 7"),
            new("discharge-date", "Expected discharge date", "4 November 2026"),
            new("medically-optimised", "Medically optimised", "Yes"),
        ]);

        var facts = PriorityFactsReader.Read(contact, answers);

        Assert.Equal(new DateOnly(2026, 11, 4), facts.HospitalDischargeDate);
        Assert.Equal(new PriorityDecision(TriagePriority.High, ["Hospital discharge in 2 days"]), PriorityRules.Decide(facts, Today), new DecisionComparer());
    }

    [Theory]
    [BothProviders]
    public async Task Read_PartnerApiAnswers_GiveIsoDischargeDateLivesAloneAndNoCare(DatabaseProvider provider)
    {
        var (contact, answers) = await ReceiveAsync(provider, ContactChannel.PartnerApi, ContactSource.Hospital, ImmediateRisk.NotAsked,
        [
            new("discharge-date", "Planned discharge date", "2026-11-02"),
            new("lives-alone", "Does the person live alone?", "Yes"),
            new("no-care-in-place", "Is there no care in place?", "yes"),
            new("carer-breakdown", "Has a carer stopped coping?", "No"),
        ]);

        var facts = PriorityFactsReader.Read(contact, answers);

        Assert.Equal((new DateOnly(2026, 11, 2), true), (facts.HospitalDischargeDate, facts.LivesAlone));
        Assert.Equal([TriageRisk.NoCareInPlace], facts.ReportedRisks);
        Assert.Equal(
            new PriorityDecision(TriagePriority.Urgent, ["No care in place and lives alone", "Hospital discharge today"]),
            PriorityRules.Decide(facts, Today),
            new DecisionComparer());
    }

    [Theory]
    [BothProviders]
    public async Task Read_PortalRequestSayingSomeoneIsInDanger_IsInDangerNow(DatabaseProvider provider)
    {
        var (contact, answers) = await ReceiveAsync(provider, ContactChannel.PublicOnlineForm, ContactSource.FamilyOrFriend, new ImmediateRisk(InDangerNow: true, Details: "Dad has not eaten for days."),
        [
            new("asking-for", "Who are you asking for help for?", "Someone else"),
            new("in-danger-now", "Is anyone in danger now?", "Yes"),
            new("danger-details", "What is the danger?", "Dad has not eaten for days."),
        ]);

        var facts = PriorityFactsReader.Read(contact, answers, flowSuggestedPriority: TriagePriority.Low);

        Assert.True(facts.InDangerNow);
        Assert.Equal(["In danger now", "Triage script suggests low priority"], PriorityRules.Decide(facts, Today).Reasons);
    }

    [Theory]
    [BothProviders]
    public async Task Read_PoliceEmail_TakesTheIncidentTypesReadFromItsText(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var mailbox = await dovecot.CreateMailboxAsync();
        await dovecot.DeliverAsync(mailbox, ReferralEmails.PoliceAdultConcern("police-priority@test"));
        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(1, (await IntakeTestKit.Reader(db, IntakeTestKit.Clock(), mailbox).ReadOnceAsync(ct)).ContactsCreated);
        }

        await using var read = database.CreateDbContext();
        var contact = await read.Contacts.AsNoTracking().SingleAsync(ct);
        var answers = await read.Set<ContactAnswer>().AsNoTracking().Where(a => a.ContactId == contact.Id).ToListAsync(ct);

        var facts = PriorityFactsReader.Read(contact, answers);

        Assert.Equal((ContactSource.Police, true), (facts.Source, facts.PoliceWelfareConcern));
        Assert.Equal(new PriorityDecision(TriagePriority.High, ["Police referral about welfare"]), PriorityRules.Decide(facts, Today), new DecisionComparer());
    }

    [Fact]
    public void Read_AnswersOfAnotherContact_AreIgnored()
    {
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.PartnerApi, ContactSource.Police, IntakeTestKit.Now, "Story.");
        var other = new ContactAnswer(Guid.CreateVersion7(), Guid.CreateVersion7(), 0, "concern-types", "Type of concern", "Abuse or exploitation");

        Assert.Empty(PriorityFactsReader.Read(contact, [other]).ReportedRisks);
    }

    private static async Task<(Contact Contact, List<ContactAnswer> Answers)> ReceiveAsync(
        DatabaseProvider provider, ContactChannel channel, ContactSource source, ImmediateRisk risk, IReadOnlyList<IntakeAnswer> answers)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.CreateDbContext())
        {
            await IntakeTestKit.Intake(db, IntakeTestKit.Clock()).ReceiveAsync(
                IntakeTestKit.Submission() with { Channel = channel, Source = source, ImmediateRisk = risk, Answers = answers },
                ct);
        }

        await using var read = database.CreateDbContext();
        var contact = await read.Contacts.AsNoTracking().SingleAsync(ct);
        return (contact, await read.Set<ContactAnswer>().AsNoTracking().Where(a => a.ContactId == contact.Id).ToListAsync(ct));
    }

    private sealed class DecisionComparer : IEqualityComparer<PriorityDecision>
    {
        public bool Equals(PriorityDecision? x, PriorityDecision? y) =>
            x is not null && y is not null && x.Priority == y.Priority && x.Reasons.SequenceEqual(y.Reasons);

        public int GetHashCode(PriorityDecision obj) => obj.Priority.GetHashCode();
    }
}
