using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Repeat;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight;
using FrontDoor.Core.Telephony;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using static FrontDoor.Core.Tests.Insight.KpiTestContacts;

namespace FrontDoor.Core.Tests.Insight;

/// <summary>
/// Each KPI on a small hand-built January with known answers: six contacts (one arriving late on the 31st and closed on
/// 1 February), one in February, five calls in January (one abandoned after 0 seconds) and one at midnight into February.
/// </summary>
public sealed class KpiCalculatorTests
{
    private static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");
    private static readonly KpiRange January = KpiRange.Month(2025, 1);

    [Theory]
    [BothProviders]
    public async Task January_CountsContactsByArrival_AndEachShareOverClosedContacts(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await using var db = database.CreateDbContext();

        var figures = await new KpiCalculator(db).CalculateAsync(January, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(6, figures.ContactsReceived);
        Assert.Equal([new("Phone", 3), new("Email", 2), new("PublicOnlineForm", 1)], figures.ContactsByChannel);
        Assert.Equal([new("Self", 3), new("Police", 2), new("FamilyOrFriend", 1)], figures.ContactsBySource);

        // Closed: A (information and advice), B (safeguarding), C (allocated worker, closed in February), D (not for ASC).
        Assert.Equal(4, figures.ContactsClosed);
        // A was recorded as chasing and C as could not reach the team (the recorded reason, not C's outcome, counts); D by its outcome.
        Assert.Equal(0.75, figures.FailureDemandShare);
        Assert.Equal([new("CouldNotReachTeam", 1), new("NotForAdultSocialCare", 1), new("RepeatOrChasing", 1)], figures.FailureDemandReasons);
        Assert.Equal(1.0 / 6, figures.RecurringShare);
        Assert.Equal(0.25, figures.AllocatedShare);
        Assert.Equal(0.25, figures.InformationAndAdviceShare);
        Assert.Equal(0.25, figures.ResolvedAtFirstContactShare);

        // B and H were referred: one hand-off each.
        Assert.Equal(2.0 / 6, figures.HandOffsPerContact);
        Assert.Equal([new("ListenAndConnect", 1), new("Crisis", 1)], figures.ContactsByStage);
        Assert.Equal([new("Safeguarding", 2)], figures.ReferralsByPathway);
        Assert.Equal((2, 1, 1.0), (figures.SafeguardingAlerts, figures.SafeguardingAlertsDecided, figures.SafeguardingEnquiryShare));

        // First staff action: 120, 300, 600, 1200, 1860, 3600 seconds; closing: 1200, 3600, 3600, 7200.
        Assert.Equal(900, figures.MedianSecondsToFirstResponse);
        Assert.Equal(3600, figures.MedianSecondsToResolution);
    }

    [Theory]
    [BothProviders]
    public async Task January_CountsACallAbandonedAfterNoSeconds_AsOfferedAndAbandoned(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await using var db = database.CreateDbContext();

        var figures = await new KpiCalculator(db).CalculateAsync(January, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((5, 3, 2), (figures.CallsOffered, figures.CallsAnswered, figures.AbandonedCalls));
        Assert.Equal(0.6, figures.CallHandlingRate);
        Assert.Equal((30 + 90 + 0 + 400 + 600) / 5.0, figures.AverageQueueSeconds);
        Assert.Equal(600, figures.QueueSeconds90thPercentile);
        Assert.Equal(
            [new IvrOptionCalls("1", 2, 1), new IvrOptionCalls("2", 2, 1), new IvrOptionCalls(KpiCalculator.NoIvrOption, 1, 0)],
            figures.CallsByIvrOption);
        Assert.Equal(0.5, figures.CallsByIvrOption[0].AbandonShare);
    }

    [Theory]
    [BothProviders]
    public async Task Monthly_PutsAContactClosedAfterMonthEnd_InTheMonthItArrived(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await using var db = database.CreateDbContext();

        var months = await new KpiCalculator(db).MonthlyAsync(new KpiRange(new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 28)), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([January, KpiRange.Month(2025, 2)], months.Select(m => m.Range));
        Assert.Equal((6, 1), (months[0].ContactsReceived, months[0].Allocated));
        Assert.Equal((1, 1, 0), (months[1].ContactsReceived, months[1].ContactsClosed, months[1].Allocated));
        Assert.Equal(1.0, months[1].FailureDemandShare);
        Assert.Equal((5, 1), (months[0].CallsOffered, months[1].CallsOffered));
    }

    [Theory]
    [BothProviders]
    public async Task Filter_ByChannel_NarrowsContactsButNotCalls(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await using var db = database.CreateDbContext();

        var phone = await new KpiCalculator(db).CalculateAsync(January, new KpiFilter(Channel: ContactChannel.Phone), TestContext.Current.CancellationToken);

        Assert.Equal((3, 2), (phone.ContactsReceived, phone.ContactsClosed));
        Assert.Equal(0.5, phone.ResolvedAtFirstContactShare);
        Assert.Equal(5, phone.CallsOffered);
    }

    [Theory]
    [BothProviders]
    public async Task EmptyPeriod_HasZeroCounts_AndNoShares(DatabaseProvider provider)
    {
        await using var database = await SeedAsync(provider);
        await using var db = database.CreateDbContext();

        var figures = await new KpiCalculator(db).CalculateAsync(KpiRange.Month(2024, 6), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((0, 0, 0), (figures.ContactsReceived, figures.CallsOffered, figures.ContactsClosed));
        Assert.All(
            new[] { figures.CallHandlingRate, figures.AverageQueueSeconds, figures.FailureDemandShare, figures.ResolvedAtFirstContactShare, figures.HandOffsPerContact, figures.MedianSecondsToResolution },
            Assert.Null);
        Assert.Null(figures.QueueSeconds90thPercentile);
    }

    private static async Task<TestDatabase> SeedAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateDbContext();

        // A: a phone call answered with information and advice, never handed off.
        var a = Arrive(ContactChannel.Phone, ContactSource.Self, At(1, 10, 9, 0));
        a.AssignTo(Advisor.Id, Advisor.Name!, a.ReceivedAt.AddSeconds(1860), Advisor);
        a.RecordFailureDemand(FailureDemandReason.RepeatOrChasing, null, null, a.ReceivedAt.AddSeconds(1900), Advisor);
        a.Close([ContactOutcome.InformationAndAdvice], null, a.ReceivedAt.AddHours(1), Advisor);

        // B: a safeguarding concern, referred to the MASH, which opened an enquiry.
        var b = Arrive(ContactChannel.Email, ContactSource.FamilyOrFriend, At(1, 12, 12, 0));
        b.RecordStage(ThreeConversationsStage.Crisis, b.ReceivedAt.AddSeconds(600), Advisor);
        b.Refer(ReferralType.Safeguarding.DisplayName(), "mash", null, b.ReceivedAt.AddSeconds(600), Advisor);
        var bReferral = new ContactReferral(Guid.CreateVersion7(), b.Id, ReferralType.Safeguarding, "mash", "Bruising", b.ReceivedAt.AddSeconds(600), Advisor);
        bReferral.DecideEnquiry(true, b.ReceivedAt.AddHours(1), Advisor);
        b.Close([ContactOutcome.ReferredToSafeguarding], null, b.ReceivedAt.AddHours(2), Advisor);

        // C: arrives half an hour before January ends and is closed in February: about someone with an allocated worker.
        var c = Arrive(ContactChannel.Phone, ContactSource.Police, At(1, 31, 23, 30));
        c.RecordFailureDemand(FailureDemandReason.CouldNotReachTeam, null, null, c.ReceivedAt.AddHours(1), Advisor);
        c.Close([ContactOutcome.RedirectedToAllocatedWorker], null, c.ReceivedAt.AddHours(1), Advisor);

        // D: not for adult social care.
        var d = Arrive(ContactChannel.PublicOnlineForm, ContactSource.Self, At(1, 20, 10, 0));
        d.Close([ContactOutcome.NotForAdultSocialCare], null, d.ReceivedAt.AddSeconds(1200), Advisor);

        // E: still open, its stage recorded.
        var e = Arrive(ContactChannel.Phone, ContactSource.Self, At(1, 25, 9, 0));
        e.RecordStage(ThreeConversationsStage.ListenAndConnect, e.ReceivedAt.AddSeconds(300), Advisor);
        e.FlagRecurring(a.Id, a.Reference, a.ReceivedAt.AddHours(1), e.ReceivedAt);

        // H: a safeguarding alert the MASH has not decided on yet.
        var h = Arrive(ContactChannel.Email, ContactSource.Police, At(1, 15, 11, 0));
        h.Refer(ReferralType.Safeguarding.DisplayName(), "mash", null, h.ReceivedAt.AddSeconds(120), Advisor);
        var hReferral = new ContactReferral(Guid.CreateVersion7(), h.Id, ReferralType.Safeguarding, "mash", "Neglect", h.ReceivedAt.AddSeconds(120), Advisor);

        // F: February's only contact.
        var f = Arrive(ContactChannel.Email, ContactSource.Self, At(2, 2, 9, 0));
        f.Close([ContactOutcome.NotForAdultSocialCare], null, f.ReceivedAt.AddHours(3), Advisor);

        db.AddRange(a, b, c, d, e, h, f);
        db.AddRange(bReferral, hReferral);
        db.AddRange(
            Call("J1", At(1, 6, 9, 0), answeredAfter: 30, ivr: "1"),
            Call("J2", At(1, 6, 10, 0), answeredAfter: 90, ivr: "2"),
            Call("J3", At(1, 7, 9, 0), abandonedAfter: 0, ivr: "1"),
            Call("J4", At(1, 8, 9, 0), abandonedAfter: 400, ivr: "2"),
            Call("J5", At(1, 31, 23, 0), answeredAfter: 600, ivr: null),
            Call("F1", At(2, 1, 0, 0), answeredAfter: 10, ivr: "1"));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return database;
    }

    private static CallRecord Call(string id, DateTimeOffset offeredAt, int? answeredAfter = null, int? abandonedAfter = null, string? ivr = null)
    {
        var answeredAt = answeredAfter is { } answered ? offeredAt.AddSeconds(answered) : (DateTimeOffset?)null;
        var abandonedAt = abandonedAfter is { } abandoned ? offeredAt.AddSeconds(abandoned) : (DateTimeOffset?)null;
        return new CallRecord(Guid.CreateVersion7(), id, offeredAt, answeredAt, abandonedAt, answeredAfter ?? abandonedAfter ?? 0, answeredAt is null ? 0 : 300, ivr, null, offeredAt);
    }
}
