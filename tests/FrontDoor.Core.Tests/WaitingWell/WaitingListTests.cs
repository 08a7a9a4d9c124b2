using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WaitingWell;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static FrontDoor.Core.Tests.Triage.Outcomes.OutcomesTestKit;

namespace FrontDoor.Core.Tests.WaitingWell;

public sealed class WaitingListTests
{
    private static readonly WaitingWellOptions Schedule = new();

    private static WaitingList List(FrontDoorDbContext db, TimeProvider clock) => new(db, clock, Work(db, clock), Options.Create(Schedule));

    /// <summary>An open contact referred to the MASH now; returns its id.</summary>
    private static Task<Guid> ReferredToMashAsync(TestDatabase database, TimeProvider clock) =>
        ReferredAsync(database, clock, ReferralType.Safeguarding, "mash", "Bruising seen by the district nurse.");

    private static async Task<Guid> ReferredAsync(TestDatabase database, TimeProvider clock, ReferralType type, string queueKey, string reason)
    {
        var (id, version) = await OpenContactAsync(database, clock);
        await using var db = database.CreateDbContext();
        await Referrals(db, clock).ReferAsync(id, version, new ReferralRequest(type, queueKey, reason), Advisor, TestContext.Current.CancellationToken);
        return id;
    }

    [Theory]
    [BothProviders]
    public async Task AReferredContact_JoinsTheTeamsList_AndItsCheckInFallsDueThenGoesOverdue_AsTheClockMoves(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var joined = clock.GetUtcNow();
        var id = await ReferredToMashAsync(database, clock);
        await using var db = database.CreateDbContext();
        var risk = (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == id, ct)).Priority!.Value;
        var every = Schedule.CheckInEvery.For(risk);

        var listed = Assert.Single(await List(db, clock).ForTeamAsync("mash", ct));
        Assert.Equal((id, risk, joined, ReferralType.Safeguarding, joined + every, CheckInState.NotYetDue), (listed.ContactId, listed.Risk, listed.JoinedAt, listed.WaitingFor, listed.CheckInDueAt, listed.CheckIn));
        Assert.Empty(await List(db, clock).ForTeamAsync("tier-1", ct));

        clock.Advance(every - TimeSpan.FromMinutes(1));
        Assert.Equal(CheckInState.NotYetDue, Assert.Single(await List(db, clock).ForTeamAsync("mash", ct)).CheckIn);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(CheckInState.Due, Assert.Single(await List(db, clock).ForTeamAsync("mash", ct)).CheckIn);
        clock.Advance(Schedule.OverdueAfter);
        Assert.Equal(CheckInState.Overdue, Assert.Single(await List(db, clock).ForTeamAsync("mash", ct)).CheckIn);

        // A check-in by phone starts the schedule again from now.
        var version = (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == id, ct)).Version;
        await using (var checkIn = database.CreateDbContext())
        {
            await List(checkIn, clock).CheckInByPhoneAsync(id, version, new CheckInAnswers(false, null, "Ring again in a week.", risk), Advisor, ct);
        }

        var after = Assert.Single(await List(db, clock).ForTeamAsync("mash", ct));
        Assert.Equal((clock.GetUtcNow(), clock.GetUtcNow() + every, CheckInState.NotYetDue), (after.LastCheckInAt, after.CheckInDueAt, after.CheckIn));
    }

    [Theory]
    [BothProviders]
    public async Task ARiseInRiskAtACheckIn_EscalatesToTheManagerAtOnce_AndMovesThePersonUpTheList(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var first = await ReferredToMashAsync(database, clock);
        clock.Advance(TimeSpan.FromHours(1));
        var second = await ReferredToMashAsync(database, clock);
        await using var db = database.CreateDbContext();
        Assert.Equal([first, second], (await List(db, clock).ForTeamAsync("mash", ct)).Select(p => p.ContactId));
        var before = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == second, ct);
        Assert.NotEqual(TriagePriority.Urgent, before.Priority);

        await using (var checkIn = database.CreateDbContext())
        {
            await List(checkIn, clock).CheckInByPhoneAsync(second, before.Version, new CheckInAnswers(true, "Her carer has gone into hospital.", "Duty worker to visit today.", TriagePriority.Urgent), Advisor, ct);
        }

        Assert.Equal([second, first], (await List(db, clock).ForTeamAsync("mash", ct)).Select(p => p.ContactId));
        var escalated = await db.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == second && e.Kind == ContactEventKind.RiskEscalated, ct);
        Assert.Equal((before.Priority.ToString(), "Urgent", "advisor-1"), (escalated.From, escalated.To, escalated.ActorId));
        var checkedIn = await db.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == second && e.Kind == ContactEventKind.CheckedIn, ct);
        Assert.Equal("By phone. Changed: Her carer has gone into hospital. Agreed: Duty worker to visit today.", checkedIn.Reason);
        var after = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == second, ct);
        Assert.Equal(((TriagePriority?)TriagePriority.Urgent, true), (after.Priority, after.PriorityOverridden));
    }

    [Theory]
    [BothProviders]
    public async Task ACheckInWithoutItsAnswers_IsRefused_AndNothingIsWritten(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var id = await ReferredToMashAsync(database, clock);
        await using var db = database.CreateDbContext();
        var version = (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == id, ct)).Version;

        var refused = await Assert.ThrowsAsync<DomainValidationException>(() => List(db, clock).CheckInByPhoneAsync(id, version, new CheckInAnswers(true, " ", "Call again.", TriagePriority.Low), Advisor, ct));

        Assert.Equal(("WhatChanged", "Enter what has changed"), (refused.Field, refused.Message));
        Assert.False(await db.ContactEvents.AnyAsync(e => e.Kind == ContactEventKind.CheckedIn, ct));
    }

    [Theory]
    [BothProviders]
    public async Task AnEscalation_StaysListedForTheManager_UntilSomeoneChangesThePriorityByHand(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var id = await ReferredToMashAsync(database, clock);
        await using var db = database.CreateDbContext();
        var before = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == id, ct);
        await using (var checkIn = database.CreateDbContext())
        {
            await List(checkIn, clock).CheckInByPhoneAsync(id, before.Version, new CheckInAnswers(true, "Carer in hospital.", "Duty worker to visit.", TriagePriority.Urgent), Advisor, ct);
        }

        clock.Advance(TimeSpan.FromHours(1));
        var listed = Assert.Single(await List(db, clock).UnacknowledgedEscalationsAsync(ct));
        Assert.Equal((id, "mash", before.Priority, (TriagePriority?)TriagePriority.Urgent, IntakeTestKit.Now, false), (listed.ContactId, listed.QueueKey, listed.From, listed.To, listed.At, listed.ByText));

        await using (var change = database.CreateDbContext())
        {
            var version = (await change.Contacts.AsNoTracking().SingleAsync(c => c.Id == id, ct)).Version;
            var prioritiser = new Core.Triage.Priority.ContactPrioritiser(Options.Create(new Core.Triage.TriageOptions()));
            await new Core.Triage.Priority.PriorityOverride(Work(change, clock), prioritiser).OverrideAsync(id, version, TriagePriority.High, "Visited: carer home again.", Advisor, ct);
        }

        Assert.Empty(await List(db, clock).UnacknowledgedEscalationsAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task OverdueCheckIns_AreCountedByTeam_OnlyOnceTheyAreOverdue(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        await ReferredToMashAsync(database, clock);
        await ReferredToMashAsync(database, clock);
        await ReferredAsync(database, clock, ReferralType.MentalHealthAct, "amhp", "Hearing voices; refusing food.");
        await using var db = database.CreateDbContext();
        var mash = await List(db, clock).ForTeamAsync("mash", ct);
        var amhp = Assert.Single(await List(db, clock).ForTeamAsync("amhp", ct));
        var due = mash.Append(amhp).Max(p => p.CheckInDueAt);

        clock.Advance(due + Schedule.OverdueAfter - clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        Assert.Empty(await List(db, clock).OverdueCheckInsByTeamAsync(ct));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new Dictionary<string, int> { ["mash"] = 2, ["amhp"] = 1 }, await List(db, clock).OverdueCheckInsByTeamAsync(ct));
    }
    [Theory]
    [BothProviders]
    public async Task TheManagersView_FiltersByRiskCheckInAndWhatTheyWaitFor_AndSortsByEachColumn(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var older = await ReferredToMashAsync(database, clock);
        clock.Advance(TimeSpan.FromHours(1));
        var newer = await ReferredToMashAsync(database, clock);
        await using var db = database.CreateDbContext();
        var olderListed = (await List(db, clock).ForTeamAsync("mash", ct)).Single(p => p.ContactId == older);

        // Just before the older one goes overdue, the newer one is checked in at urgent risk: its next check-in is a
        // week away, so a minute later the older is overdue and the newer is not yet due.
        clock.Advance(olderListed.CheckInDueAt + Schedule.OverdueAfter - clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        await using (var checkIn = database.CreateDbContext())
        {
            var version = (await checkIn.Contacts.AsNoTracking().SingleAsync(c => c.Id == newer, ct)).Version;
            await List(checkIn, clock).CheckInByPhoneAsync(newer, version, new CheckInAnswers(true, "Carer in hospital.", "Duty worker to visit.", TriagePriority.Urgent), Advisor, ct);
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.NotEqual(TriagePriority.Urgent, olderListed.Risk);

        async Task<Guid[]> Listed(WaitingListQuery query) => [.. (await List(db, clock).ForTeamAsync("mash", query, ct)).Select(p => p.ContactId)];

        Assert.Equal([older, newer], await Listed(WaitingListQuery.Everyone));
        Assert.Equal([newer], await Listed(new WaitingListQuery { Risks = [TriagePriority.Urgent] }));
        Assert.Equal([older], await Listed(new WaitingListQuery { Risks = [olderListed.Risk] }));
        Assert.Equal([older], await Listed(new WaitingListQuery { CheckIns = [CheckInState.Overdue] }));
        Assert.Equal([newer], await Listed(new WaitingListQuery { CheckIns = [CheckInState.NotYetDue] }));
        Assert.Empty(await Listed(new WaitingListQuery { CheckIns = [CheckInState.Due] }));
        Assert.Equal([older, newer], await Listed(new WaitingListQuery { WaitingFor = [ReferralType.Safeguarding] }));
        Assert.Empty(await Listed(new WaitingListQuery { WaitingFor = [ReferralType.Reablement] }));
        Assert.Empty(await Listed(new WaitingListQuery { Risks = [TriagePriority.Urgent], CheckIns = [CheckInState.Overdue] }));

        Assert.Equal([newer, older], await Listed(new WaitingListQuery { Sort = WaitingListSort.Risk }));
        Assert.Equal([older, newer], await Listed(new WaitingListQuery { Sort = WaitingListSort.Risk, Descending = true }));
        Assert.Equal([older, newer], await Listed(new WaitingListQuery { Sort = WaitingListSort.WaitingSince }));
        Assert.Equal([newer, older], await Listed(new WaitingListQuery { Sort = WaitingListSort.WaitingSince, Descending = true }));
        Assert.Equal([older, newer], await Listed(new WaitingListQuery { Sort = WaitingListSort.CheckInDue }));
        Assert.Equal([newer, older], await Listed(new WaitingListQuery { Sort = WaitingListSort.CheckInDue, Descending = true }));
    }
}
