using FrontDoor.Core.Data;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.Core.Triage;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using static FrontDoor.Core.Tests.Triage.Outcomes.OutcomesTestKit;

namespace FrontDoor.Core.Tests.Triage.Outcomes;

public sealed class ContactReferralsTests
{
    [Theory]
    [BothProviders]
    public async Task Refer_ToATeamThatDoesNotTakeTheType_IsRefusedWithTheReason_AndNothingMoves(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OpenContactAsync(database, clock);

        await using var db = database.CreateDbContext();
        var refused = await Assert.ThrowsAsync<TriageRefusedException>(() =>
            Referrals(db, clock).ReferAsync(contactId, version, new ReferralRequest(ReferralType.Safeguarding, "home-first", "Bruising seen by the carer."), Advisor, ct));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("QueueKey", "Home First and reablement does not take safeguarding referrals: choose a team that takes them"), (problem.Field, problem.Message));
        await using var read = database.CreateDbContext();
        var contact = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct);
        Assert.Equal(("tier-1", 0, version), (contact.QueueKey, contact.HandOffs, contact.Version));
        Assert.False(await read.Set<ContactReferral>().AnyAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Refer_ForServicesBeforeThePromptsAreAnswered_IsRefusedListingWhatIsMissing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OpenContactAsync(database, clock);

        await using var db = database.CreateDbContext();
        var refused = await Assert.ThrowsAsync<TriageRefusedException>(() =>
            Referrals(db, clock).ReferAsync(contactId, version, new ReferralRequest(ReferralType.Reablement, "home-first", "Lost confidence after a fall."), Advisor, ct));

        Assert.Equal(
            ["Record in the contact assessment whether benefits advice was offered before referring for reablement", "Record in the contact assessment whether Fairer Charging was explained before referring for reablement"],
            refused.Problems.Select(p => p.Message));

        // With benefits advice answered, only Fairer Charging is still missing.
        await Assessments(db, clock).SaveAsync(contactId, version, new() { BenefitsAdvice = Core.Triage.Assessment.BenefitsAdviceOffer.NotOffered }, Advisor, ct);
        await using var again = database.CreateDbContext();
        var stillRefused = await Assert.ThrowsAsync<TriageRefusedException>(() =>
            Referrals(again, clock).ReferAsync(contactId, version + 1, new ReferralRequest(ReferralType.Reablement, "home-first", "Lost confidence after a fall."), Advisor, ct));
        Assert.Equal("Record in the contact assessment whether Fairer Charging was explained before referring for reablement", Assert.Single(stillRefused.Problems).Message);
        Assert.Equal(version + 1, await VersionAsync(database, contactId));
    }

    [Theory]
    [BothProviders]
    public async Task Refer_Safeguarding_NeedsNoPrompts_AndTheMashLaterRecordsWhetherItBecameAnEnquiry(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OpenContactAsync(database, clock);

        ContactReferral referral;
        await using (var db = database.CreateDbContext())
        {
            referral = await Referrals(db, clock).ReferAsync(contactId, version, new ReferralRequest(ReferralType.Safeguarding, "mash", "Unexplained bruising; lives with her son."), Advisor, ct);
        }

        Assert.True(referral.AwaitsEnquiryDecision);
        await using (var db = database.CreateDbContext())
        {
            var undecided = await Assert.ThrowsAsync<TriageRefusedException>(() => Referrals(db, clock).RecordEnquiryDecisionAsync(contactId, version + 2, referral.Id, null, Advisor, ct));
            Assert.Equal("Select whether the concern became a section 42 enquiry", Assert.Single(undecided.Problems).Message);
            await Referrals(db, clock).RecordEnquiryDecisionAsync(contactId, version + 2, referral.Id, true, Advisor, ct);
        }

        await using var read = database.CreateDbContext();
        var saved = await read.Set<ContactReferral>().AsNoTracking().SingleAsync(ct);
        Assert.Equal((ReferralType.Safeguarding, "mash", (bool?)true, "Asha Advisor"), (saved.Type, saved.QueueKey, saved.BecameEnquiry, saved.EnquiryDecidedBy));
        var decided = await read.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == contactId && e.Kind == ContactEventKind.SafeguardingEnquiryDecided, ct);
        Assert.Equal("Enquiry", decided.To);

        // Decided once: a second decision is refused.
        await using var twice = database.CreateDbContext();
        Assert.Equal("BecameEnquiry", (await Assert.ThrowsAsync<DomainValidationException>(() => Referrals(twice, clock).RecordEnquiryDecisionAsync(contactId, version + 3, referral.Id, false, Advisor, ct))).Field);
    }

    [Theory]
    [BothProviders]
    public async Task Refer_MovesTheContactToTheTeamsQueue_CountsTheHandOff_AndRecordsAReferredEvent(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OpenContactAsync(database, clock);
        await using (var db = database.CreateDbContext())
        {
            await Assessments(db, clock).SaveAsync(contactId, version, PromptsAnswered, Advisor, ct);
            await Work(db, clock).ClaimAsync(contactId, version + 1, Advisor, ct);
        }

        await using (var db = database.CreateDbContext())
        {
            await Referrals(db, clock).ReferAsync(contactId, version + 2, new ReferralRequest(ReferralType.Reablement, "home-first", "Lost confidence after a fall; wants to cook again."), Advisor, ct);
        }

        await using var read = database.CreateDbContext();
        var contact = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct);
        Assert.Equal(("home-first", ContactStatus.Routed, 1, (string?)null), (contact.QueueKey, contact.Status, contact.HandOffs, contact.AssignedToId));
        var referred = await read.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == contactId && e.Kind == ContactEventKind.Referred, ct);
        Assert.Equal(("tier-1", "home-first", true, "Reablement: Lost confidence after a fall; wants to cook again."), (referred.From, referred.To, referred.IsHandOff, referred.Reason));

        // The advisor stops working it, recorded as a transfer records it; the referral is the one hand-off.
        var released = await read.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == contactId && e.Kind == ContactEventKind.Unassigned, ct);
        Assert.Equal(("Asha Advisor", (string?)null, referred.ContactVersion + 1, false), (released.From, released.To, released.ContactVersion, released.IsHandOff));
        var row = await read.Set<ContactReferral>().AsNoTracking().SingleAsync(ct);
        Assert.Equal((ReferralType.Reablement, "home-first", "Lost confidence after a fall; wants to cook again.", "advisor-1"), (row.Type, row.QueueKey, row.Reason, row.ReferredById));

        // The story travels whole: the team opens the same contact, in its own queue.
        Assert.Equal("Mrs Smith fell at home and cannot manage the stairs.", contact.Story);
    }

    [Theory]
    [BothProviders]
    public async Task Refer_AClosedContact_IsRefused(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OpenContactAsync(database, clock);
        await using (var db = database.CreateDbContext())
        {
            await Closing(db, clock).CloseAsync(contactId, version, new() { Outcomes = [ContactOutcome.InformationAndAdvice], Summary = "Gave details of the day centre." }, Advisor, ct);
        }

        var closedVersion = await VersionAsync(database, contactId);
        await using var late = database.CreateDbContext();
        var refused = await Assert.ThrowsAsync<TriageRefusedException>(() =>
            Referrals(late, clock).ReferAsync(contactId, closedVersion, new ReferralRequest(ReferralType.Safeguarding, "mash", "Concern raised after closing."), Advisor, ct));

        Assert.Equal("The contact is closed: a closed contact cannot be referred", Assert.Single(refused.Problems).Message);
        Assert.Equal(closedVersion, await VersionAsync(database, contactId));
    }
}
