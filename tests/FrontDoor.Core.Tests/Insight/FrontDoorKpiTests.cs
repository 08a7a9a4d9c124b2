using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight;
using FrontDoor.Core.People;
using FrontDoor.Core.Triage.Assessment;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using static FrontDoor.Core.Tests.Insight.KpiTestContacts;

namespace FrontDoor.Core.Tests.Insight;

/// <summary>
/// The KPIs about outcomes, referral quality, benefits, the waiting list and channel mix, on a hand-built January:
/// K1 arrives late on the 31st and closes on 1 February (its person turns 85 that day), K2–K3 are professional
/// referrals, K4 is a GP's email referred on and closed, K5 waits for reablement until February; K6 is February's.
/// </summary>
public sealed class FrontDoorKpiTests
{
    private static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");
    private static readonly KpiRange January = KpiRange.Month(2025, 1);

    [Theory]
    [BothProviders]
    public async Task ResolvedAtFrontDoor_CountsTier1AndTier2Outcomes_ButNotAContactReferredOn(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await using var db = database.CreateDbContext();

        var figures = await new KpiCalculator(db).CalculateAsync(January, cancellationToken: TestContext.Current.CancellationToken);

        // Closed: K1 (information and advice, closed in February), K2 (passed to Tier 2), K4 (signposted, but referred on), K5 (reablement).
        Assert.Equal(4, figures.ContactsClosed);
        Assert.Equal(2, figures.ResolvedAtFrontDoor);
        Assert.Equal(0.5, figures.ResolvedAtFrontDoorShare);
        Assert.Equal(0.5, figures.ValueOf("resolvedAtFrontDoorShare"));
    }

    [Theory]
    [BothProviders]
    public async Task ReferralCompleteness_CountsOnlyEFormAndPartnerApiReferrals_ByTheirScoreOnArrival(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await using var db = database.CreateDbContext();

        var figures = await new KpiCalculator(db).CalculateAsync(January, cancellationToken: TestContext.Current.CancellationToken);

        // K2 (e-form, 100) and K3 (partner API, 80); K4's email from a GP is scored too but is not an e-form referral.
        Assert.Equal((2, 1), (figures.ProfessionalReferralsScored, figures.ProfessionalReferralsComplete));
        Assert.Equal(0.5, figures.ProfessionalReferralCompleteShare);
        Assert.Equal(90, figures.AverageReferralCompleteness);
    }

    [Theory]
    [BothProviders]
    public async Task BenefitsAdvice_SharesOfferedOverRecorded_AndAddsUpIncomeWhereRecorded(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await using var db = database.CreateDbContext();

        var figures = await new KpiCalculator(db).CalculateAsync(January, cancellationToken: TestContext.Current.CancellationToken);

        // Offered: K1 (£1,200.50) and K5 (£300); declined counts as offered: K2; not offered: K4. K6's £5,000 is February's.
        Assert.Equal((4, 3), (figures.BenefitsAdviceRecorded, figures.BenefitsAdviceOffered));
        Assert.Equal(0.75, figures.BenefitsAdviceOfferedShare);
        Assert.Equal(1500.50m, figures.AnnualIncomeGained);
        Assert.Equal(1500.5, figures.ValueOf("annualIncomeGained"));
    }

    [Theory]
    [BothProviders]
    public async Task WaitingList_IsASnapshotAtThePeriodsEnd_WithOverdueCheckInsByRisk(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await using var db = database.CreateDbContext();
        var calculator = new KpiCalculator(db);

        var january = await calculator.CalculateAsync(January, cancellationToken: TestContext.Current.CancellationToken);
        var february = await calculator.CalculateAsync(KpiRange.Month(2025, 2), cancellationToken: TestContext.Current.CancellationToken);

        // At 1 February: K3 (high risk since 10 January, never checked in with: overdue) and K5 (low risk since 5
        // January, checked in with on the 20th; closed only on 10 February). K4 was referred and closed within January.
        Assert.Equal(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), january.WaitingListAt);
        Assert.Equal(
            [
                new WaitingRiskLine("High", 1, TimeSpan.FromDays(21.5).TotalSeconds, TimeSpan.FromDays(21.5).TotalSeconds, 1),
                new WaitingRiskLine("Low", 1, TimeSpan.FromHours((26 * 24) + 15).TotalSeconds, TimeSpan.FromHours((26 * 24) + 15).TotalSeconds, 0),
            ],
            january.WaitingListByRisk);
        Assert.Equal((2, 1), (january.WaitingListSize, january.OverdueCheckIns));
        Assert.Equal(TimeSpan.FromHours((26 * 24) + 15).TotalSeconds, january.LongestWaitSeconds);

        // At 1 March only K3 waits.
        Assert.Equal((1, 1), (february.WaitingListSize, february.OverdueCheckIns));
    }

    [Theory]
    [BothProviders]
    public async Task WaitingList_ForOneTeam_CountsOnlyThoseReferredToIt(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await using var db = database.CreateDbContext();

        var locality = await new KpiCalculator(db).CalculateAsync(January, new KpiFilter(QueueKey: "locality-north"), TestContext.Current.CancellationToken);

        Assert.Equal([new WaitingRiskLine("High", 1, TimeSpan.FromDays(21.5).TotalSeconds, TimeSpan.FromDays(21.5).TotalSeconds, 1)], locality.WaitingListByRisk);
    }

    [Theory]
    [BothProviders]
    public async Task ChannelMix_TakesAgeAtArrival_AndCountsUnmatchedAndUndatedPeopleAsUnknown(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await using var db = database.CreateDbContext();

        var figures = await new KpiCalculator(db).CalculateAsync(January, cancellationToken: TestContext.Current.CancellationToken);

        // K1's person is 84 when K1 arrives (85 the next day); K5's person has no date of birth or address; the rest are unmatched.
        Assert.Equal(
            [new("Phone", "75 to 84", 1), new("Phone", KpiCalculator.Unknown, 1), new("Email", KpiCalculator.Unknown, 1), new("ProfessionalEForm", KpiCalculator.Unknown, 1), new("PartnerApi", KpiCalculator.Unknown, 1)],
            figures.ChannelByAgeBand);
        Assert.Equal(
            [new("Phone", "LE1", 1), new("Phone", KpiCalculator.Unknown, 1), new("Email", KpiCalculator.Unknown, 1), new("ProfessionalEForm", KpiCalculator.Unknown, 1), new("PartnerApi", KpiCalculator.Unknown, 1)],
            figures.ChannelByArea);
    }

    [Theory]
    [InlineData("1940-02-01", "2025-01-31", "75 to 84")]
    [InlineData("1940-02-01", "2025-02-01", "85 and over")]
    [InlineData("2008-03-01", "2026-02-28", "Under 18")]
    [InlineData("2008-03-01", "2026-03-01", "18 to 64")]
    [InlineData("1960-01-01", "2025-01-01", "65 to 74")]
    [InlineData("2030-01-01", "2025-01-01", KpiCalculator.Unknown)]
    public void AgeBandAt_CountsWholeYears_OnTheDay(string born, string day, string band) =>
        Assert.Equal(band, KpiCalculator.AgeBandAt(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    private static async Task<TestDatabase> SeedAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();

        var oldest = new Person(Guid.CreateVersion7(), new PersonName("Edith", "Oldfield"), At(1, 1, 0, 0));
        oldest.SetDateOfBirth(new DateOnly(1940, 2, 1), At(1, 1, 0, 0));
        oldest.MoveTo(new PostalAddress("1 Test Street", null, "Leicester", UkPostcode.Parse("LE1 1AA")), At(1, 1, 0, 0));
        var undated = new Person(Guid.CreateVersion7(), new PersonName("Sam", "Nodate"), At(1, 1, 0, 0));

        // K1: arrives half an hour before January ends, closed on 1 February with information and advice; benefits advice gained £1,200.50 a year.
        var k1 = Arrive(ContactChannel.Phone, ContactSource.Self, At(1, 31, 23, 30));
        k1.MatchTo(oldest.Id);
        k1.Close([ContactOutcome.InformationAndAdvice], null, At(2, 1, 0, 30), Advisor);

        // K2: a complete police e-form, passed to Tier 2 and closed there; benefits advice declined.
        var k2 = Arrive(ContactChannel.ProfessionalEForm, ContactSource.Police, At(1, 3, 10, 0));
        k2.ScoreCompleteness(100);
        k2.Close([ContactOutcome.PassedToTier2], null, At(1, 4, 10, 0), Advisor);

        // K3: an ambulance referral through the partner API missing facts, referred to a locality team, high risk, never checked in with.
        var k3 = Arrive(ContactChannel.PartnerApi, ContactSource.Ambulance, At(1, 10, 9, 0));
        k3.ScoreCompleteness(80);
        k3.PrioritiseByRules(TriagePriority.High, ["Lives alone"], At(1, 11, 9, 0), At(1, 10, 9, 0));
        k3.Refer(ReferralType.LocalityAssessment.DisplayName(), "locality-north", null, At(1, 10, 12, 0), Advisor);
        var k3Referral = new ContactReferral(Guid.CreateVersion7(), k3.Id, ReferralType.LocalityAssessment, "locality-north", "Needs a care assessment", At(1, 10, 12, 0), Advisor);

        // K4: a GP's email (scored, but not an e-form), signposted after a safeguarding referral: not resolved at the front door.
        var k4 = Arrive(ContactChannel.Email, ContactSource.GpOrPrimaryCare, At(1, 15, 9, 0));
        k4.ScoreCompleteness(90);
        k4.Refer(ReferralType.Safeguarding.DisplayName(), "mash", null, At(1, 15, 10, 0), Advisor);
        var k4Referral = new ContactReferral(Guid.CreateVersion7(), k4.Id, ReferralType.Safeguarding, "mash", "Neglect", At(1, 15, 10, 0), Advisor);
        k4.Close([ContactOutcome.Signposted], null, At(1, 20, 9, 0), Advisor);

        // K5: someone with no date of birth or address on record, waiting for reablement (low risk) from 5 January until 10 February.
        var k5 = Arrive(ContactChannel.Phone, ContactSource.Self, At(1, 5, 8, 0));
        k5.MatchTo(undated.Id);
        k5.PrioritiseByRules(TriagePriority.Low, ["Stable"], At(1, 12, 8, 0), At(1, 5, 8, 0));
        k5.Refer(ReferralType.Reablement.DisplayName(), "reablement", null, At(1, 5, 9, 0), Advisor);
        var k5Referral = new ContactReferral(Guid.CreateVersion7(), k5.Id, ReferralType.Reablement, "reablement", "After a fall", At(1, 5, 9, 0), Advisor);
        k5.RecordCheckIn(TriagePriority.Low, "By phone. Nothing changed.", At(1, 20, 9, 0), Advisor);
        k5.Close([ContactOutcome.ReferredToReablement], null, At(2, 10, 9, 0), Advisor);

        // K6: February's, resolved by Tier 1, with £5,000 gained.
        var k6 = Arrive(ContactChannel.PublicOnlineForm, ContactSource.Self, At(2, 3, 9, 0));
        k6.MatchTo(oldest.Id);
        k6.Close([ContactOutcome.ResolvedByTier1], null, At(2, 3, 10, 0), Advisor);

        db.AddRange(oldest, undated);
        db.AddRange(k1, k2, k3, k4, k5, k6);
        db.AddRange(k3Referral, k4Referral, k5Referral);
        db.AddRange(
            Assessed(k1, BenefitsAdviceOffer.Offered, 1200.50m),
            Assessed(k2, BenefitsAdviceOffer.Declined, null),
            Assessed(k4, BenefitsAdviceOffer.NotOffered, null),
            Assessed(k5, BenefitsAdviceOffer.Offered, 300m),
            Assessed(k6, BenefitsAdviceOffer.Offered, 5000m));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return database;
    }

    private static ContactAssessment Assessed(Contact contact, BenefitsAdviceOffer offer, decimal? income)
    {
        var assessment = new ContactAssessment(contact.Id);
        assessment.Record(new ContactAssessmentAnswers { BenefitsAdvice = offer, AnnualIncomeGained = income }, contact.ReceivedAt.AddMinutes(20), Advisor);
        return assessment;
    }
}
