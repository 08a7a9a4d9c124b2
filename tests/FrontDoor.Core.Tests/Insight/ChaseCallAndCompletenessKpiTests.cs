using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.CallBacks;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight;
using FrontDoor.Core.Tests.Triage.Outcomes;
using FrontDoor.TestCommon.Databases;
using Microsoft.Extensions.Time.Testing;
using static FrontDoor.Core.Tests.Insight.KpiTestContacts;

namespace FrontDoor.Core.Tests.Insight;

/// <summary>
/// Outbound chase calls and complete professional referrals on a hand-built January, recorded through
/// <see cref="OutboundCalls"/> as an advisor records them:
/// P1 a police email arriving at 23:30 on 31 January, chased on 1 February (counts in January, with its contact);
/// P2 an ambulance e-form missing a date of birth and whether the person is safe now, chased and not got through
/// (still a call made); P3 a GP partner API referral with every required fact but not every desirable one;
/// E1 an e-form scored before intake kept the missing facts (score 100); E2 an e-form missing a date of birth;
/// S1 a member of the public's phone call, chased (counted, but not a professional referral) and called back (not a chase);
/// F1 a hospital email in February, chased in February.
/// </summary>
public sealed class ChaseCallAndCompletenessKpiTests
{
    private static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");
    private static readonly KpiRange January = KpiRange.Month(2025, 1);
    private static readonly KpiRange February = KpiRange.Month(2025, 2);

    [Theory]
    [BothProviders]
    public async Task OutboundChaseCalls_CountWithTheirContactsArrival_AndCallsThatDidNotGetThrough(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await using var db = database.CreateDbContext();
        var calculator = new KpiCalculator(db);

        var january = await calculator.CalculateAsync(January, cancellationToken: TestContext.Current.CancellationToken);
        var february = await calculator.CalculateAsync(February, cancellationToken: TestContext.Current.CancellationToken);

        // P1 (called in February), P2 (no answer) and S1; S1's call back is not a chase.
        Assert.Equal(3, january.OutboundChaseCalls);
        Assert.Equal(3, january.ValueOf("outboundChaseCalls"));
        Assert.Equal(1, february.OutboundChaseCalls);
    }

    [Theory]
    [BothProviders]
    public async Task ChaseCallsPer100ProfessionalReferrals_LeavesThePublicOutOfBothCounts(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await using var db = database.CreateDbContext();
        var calculator = new KpiCalculator(db);

        var january = await calculator.CalculateAsync(January, cancellationToken: TestContext.Current.CancellationToken);
        var february = await calculator.CalculateAsync(February, cancellationToken: TestContext.Current.CancellationToken);

        // Professional referrals: P1, P2, P3, E1, E2 (not S1); chase calls about them: P1 and P2.
        Assert.Equal((5, 2), (january.ProfessionalReferrals, january.ChaseCallsOnProfessionalReferrals));
        Assert.Equal(40, january.ChaseCallsPer100ProfessionalReferrals);
        Assert.Equal(40, january.ValueOf("chaseCallsPer100ProfessionalReferrals"));
        Assert.Equal(100, february.ChaseCallsPer100ProfessionalReferrals);
        Assert.Null((await calculator.CalculateAsync(KpiRange.Month(2025, 3), cancellationToken: TestContext.Current.CancellationToken)).ChaseCallsPer100ProfessionalReferrals);
    }

    [Theory]
    [BothProviders]
    public async Task CompleteProfessionalReferrals_AreThoseWithEveryRequiredFact_WithTheFactsMostOftenMissing(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await using var db = database.CreateDbContext();

        var january = await new KpiCalculator(db).CalculateAsync(January, cancellationToken: TestContext.Current.CancellationToken);

        // Scored e-form and partner API referrals: P2, P3, E1, E2 (P1 is an email). Complete: P3 (desirable facts missing only) and E1 (scored 100).
        Assert.Equal((4, 2), (january.ProfessionalReferralsScored, january.ProfessionalReferralsComplete));
        Assert.Equal(0.5, january.ProfessionalReferralCompleteShare);
        Assert.Equal([new KpiCount("DateOfBirth", 2), new KpiCount("ImmediateRisk", 1)], january.MissingRequiredFacts);
    }

    private static async Task<TestDatabase> SeedAsync(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = new FakeTimeProvider(At(1, 1, 0, 0));
        var p1 = Arrive(ContactChannel.Email, ContactSource.Police, At(1, 31, 23, 30));
        var p2 = Arrive(ContactChannel.ProfessionalEForm, ContactSource.Ambulance, At(1, 10, 9, 0));
        p2.ScoreCompleteness(new CompletenessResult(72, [ReferralField.DateOfBirth, ReferralField.ImmediateRisk], [ReferralField.NhsNumber]));
        var p3 = Arrive(ContactChannel.PartnerApi, ContactSource.GpOrPrimaryCare, At(1, 12, 9, 0));
        p3.ScoreCompleteness(new CompletenessResult(93, [], [ReferralField.PersonPhone]));
        var e1 = Arrive(ContactChannel.ProfessionalEForm, ContactSource.CareProvider, At(1, 14, 9, 0));
        e1.ScoreCompleteness(100);
        var e2 = Arrive(ContactChannel.ProfessionalEForm, ContactSource.Hospital, At(1, 16, 9, 0));
        e2.ScoreCompleteness(new CompletenessResult(90, [ReferralField.DateOfBirth], []));
        var s1 = Arrive(ContactChannel.Phone, ContactSource.Self, At(1, 5, 9, 0));
        var f1 = Arrive(ContactChannel.Email, ContactSource.Hospital, At(2, 3, 9, 0));
        await using (var db = database.CreateDbContext())
        {
            db.AddRange(p1, p2, p3, e1, e2, s1, f1);
            await db.SaveChangesAsync(ct);
        }

        async Task CallAsync(Contact contact, DateTimeOffset at, OutboundCallPurpose purpose, CallBackPerson called, bool gotThrough, params ReferralField[] facts)
        {
            clock.SetUtcNow(at);
            await using var db = database.CreateDbContext();
            var version = db.Contacts.Single(c => c.Id == contact.Id).Version;
            await new OutboundCalls(db, clock, OutcomesTestKit.Work(db, clock)).RecordAsync(contact.Id, version, new(purpose, called, gotThrough, facts, null), Advisor, ct);
        }

        // In the order they were made.
        await CallAsync(s1, At(1, 5, 10, 0), OutboundCallPurpose.ChaseMissingInformation, CallBackPerson.SomeoneElse, true);
        await CallAsync(s1, At(1, 6, 10, 0), OutboundCallPurpose.CallBack, CallBackPerson.Person, true);
        await CallAsync(p2, At(1, 10, 11, 0), OutboundCallPurpose.ChaseMissingInformation, CallBackPerson.Referrer, false, ReferralField.DateOfBirth, ReferralField.ImmediateRisk);
        await CallAsync(p1, At(2, 1, 9, 0), OutboundCallPurpose.ChaseMissingInformation, CallBackPerson.Referrer, true, ReferralField.DateOfBirth);
        await CallAsync(f1, At(2, 4, 9, 0), OutboundCallPurpose.ChaseMissingInformation, CallBackPerson.Referrer, true);
        return database;
    }
}
