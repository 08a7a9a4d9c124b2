using FrontDoor.Core.Data;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Tests.Contacts;
using FrontDoor.Core.Triage;
using FrontDoor.Core.Triage.Closing;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using Microsoft.EntityFrameworkCore;
using static FrontDoor.Core.Tests.Triage.Outcomes.OutcomesTestKit;

namespace FrontDoor.Core.Tests.Triage.Outcomes;

public sealed class ContactClosingTests
{
    [Theory]
    [BothProviders]
    public async Task Close_WithoutWhatIsRequired_IsRefusedListingEveryMissingItem_AndNothingIsWritten(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OpenContactAsync(database, clock);

        await using var db = database.CreateDbContext();
        var refused = await Assert.ThrowsAsync<TriageRefusedException>(() => Closing(db, clock).CloseAsync(contactId, version, new ClosingRequest
        {
            Outcomes = [ContactOutcome.NotForAdultSocialCare, ContactOutcome.NoFurtherAction, ContactOutcome.Signposted, ContactOutcome.ReferredToReablement],
            MainOutcome = ContactOutcome.InformationAndAdvice,
            Summary = " ",
        }, Advisor, ct));

        Assert.Equal(
            [
                ("Outcomes", "Refer the contact for reablement before closing with that outcome: a referral outcome is recorded by making the referral"),
                ("MainOutcome", "Select a main outcome from the outcomes you chose"),
                ("Summary", "Enter a closing summary"),
                ("WhereInstead", "Enter where the person should go instead"),
                ("NoFurtherActionReason", "Enter why no further action is needed"),
                ("SignpostedTo", "Enter what the person was signposted to"),
            ],
            refused.Problems.Select(p => (p.Field, p.Message)));
        await using var read = database.CreateDbContext();
        var contact = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct);
        Assert.Equal((ContactStatus.Open, version, (ContactOutcome?)null), (contact.Status, contact.Version, contact.Outcome));
        Assert.False(await read.Set<ContactOutcomeRecord>().AnyAsync(ct));
        Assert.False(await read.ContactEvents.AnyAsync(e => e.Kind == ContactEventKind.OutcomeRecorded, ct));

        var nothing = await Assert.ThrowsAsync<TriageRefusedException>(() => Closing(read, clock).CloseAsync(contactId, version, new ClosingRequest(), Advisor, ct));
        Assert.Equal(["Outcomes", "Summary"], nothing.Problems.Select(p => p.Field));
    }

    [Theory]
    [BothProviders]
    public async Task Close_WithTwoOutcomes_WritesTwoOutcomeEvents_TheMainFirst_AndKeepsEachDetail(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OpenContactAsync(database, clock);

        await using (var db = database.CreateDbContext())
        {
            await Closing(db, clock).CloseAsync(contactId, version, new ClosingRequest
            {
                Outcomes = [ContactOutcome.Signposted, ContactOutcome.NotForAdultSocialCare],
                MainOutcome = ContactOutcome.NotForAdultSocialCare,
                Summary = "Housing repair, not care: gave the council's housing line and Age UK's handyperson scheme.",
                WhereInstead = "Housing repairs line",
                SignpostedTo = "Age UK handyperson scheme",
                NoFurtherActionReason = "not chosen, so not kept",
            }, Advisor, ct);
        }

        await using var read = database.CreateDbContext();
        var contact = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct);
        Assert.Equal((ContactStatus.Closed, (ContactOutcome?)ContactOutcome.NotForAdultSocialCare), (contact.Status, contact.Outcome));
        Assert.StartsWith("Housing repair, not care", contact.ClosingSummary, StringComparison.Ordinal);
        var outcomes = await read.ContactEvents.AsNoTracking().Where(e => e.ContactId == contactId && e.Kind == ContactEventKind.OutcomeRecorded).OrderBy(e => e.ContactVersion).ToListAsync(ct);
        Assert.Equal(["NotForAdultSocialCare", "Signposted"], outcomes.Select(e => e.To));
        var details = await read.Set<ContactOutcomeRecord>().AsNoTracking().OrderByDescending(o => o.IsMain).ToListAsync(ct);
        Assert.Equal(
            [(ContactOutcome.NotForAdultSocialCare, true, "Housing repairs line"), (ContactOutcome.Signposted, false, "Age UK handyperson scheme")],
            details.Select(o => (o.Outcome, o.IsMain, o.Detail)));
    }

    [Theory]
    [BothProviders]
    public async Task Close_WithAReferralOutcome_IsAllowedOnceTheReferralWasMade(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OpenContactAsync(database, clock);
        await using (var db = database.CreateDbContext())
        {
            await Referrals(db, clock).ReferAsync(contactId, version, new ReferralRequest(ReferralType.Safeguarding, "mash", "Bruising seen by the district nurse."), Advisor, ct);
            Assert.Contains(ContactOutcome.ReferredToSafeguarding, ContactClosing.Choosable(await Referrals(db, clock).ListAsync(contactId, ct)));
            Assert.DoesNotContain(ContactOutcome.ReferredToReablement, ContactClosing.Choosable(await Referrals(db, clock).ListAsync(contactId, ct)));
        }

        var routed = await VersionAsync(database, contactId);
        await using (var db = database.CreateDbContext())
        {
            await Closing(db, clock).CloseAsync(contactId, routed, new ClosingRequest { Outcomes = [ContactOutcome.ReferredToSafeguarding], Summary = "Passed to the MASH." }, Advisor, ct);
        }

        await using var read = database.CreateDbContext();
        Assert.Equal(ContactOutcome.ReferredToSafeguarding, (await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct)).Outcome);
    }

    [Theory]
    [BothProviders]
    public async Task Close_FromAStalePage_IsRefusedWithWhatChangedSince_AndNothingIsWritten(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = IntakeTestKit.Clock();
        var (contactId, version) = await OpenContactAsync(database, clock);
        await using (var db = database.CreateDbContext())
        {
            await Work(db, clock).TransferAsync(contactId, version, "tier-2", "Needs a longer conversation", Advisor, ct);
        }

        await using var late = database.CreateDbContext();
        var refused = await Assert.ThrowsAsync<ContactChangedException>(() => Closing(late, clock).CloseAsync(contactId, version, new ClosingRequest { Outcomes = [ContactOutcome.InformationAndAdvice], Summary = "Advice given." }, Advisor, ct));

        Assert.Equal(ContactEventKind.QueueChanged, Assert.Single(refused.ChangesSince).Kind);
        await using var read = database.CreateDbContext();
        Assert.Equal(ContactStatus.Open, (await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct)).Status);
        Assert.False(await read.Set<ContactOutcomeRecord>().AnyAsync(ct));
    }
}
