using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Staff.Contacts;

/// <summary>A contact that reported someone in danger now is flagged, first, on every staff list and on its page.</summary>
public sealed class DangerFlagTests
{
    [Theory]
    [BothProviders]
    public async Task Intake_DangerAnswerYes_IsStoredAsReportedInImmediateDanger(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);

        var danger = await StaffContactsTestKit.ReceiveAsync(app, "Her partner has just hit her and is still in the house.", inDangerNow: true);
        var safe = await StaffContactsTestKit.ReceiveAsync(app, "Needs help with shopping.");

        await using var db = database.CreateDbContext();
        Assert.True((await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == danger, ct)).ReportedInImmediateDanger);
        Assert.False((await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == safe, ct)).ReportedInImmediateDanger);
    }

    [Fact]
    public async Task ContactsList_OlderContactInDanger_IsListedFirstWithARedTag()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var danger = await AddAsync(database, FrontDoorAppFactory.Now.AddDays(-3), inDanger: true, c => c.Open(c.ReceivedAt));
        var newer = await AddAsync(database, FrontDoorAppFactory.Now.AddHours(-1), inDanger: false, c => c.Open(c.ReceivedAt));
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var list = await client.GetStringAsync("/staff/contacts", ct);

        var dangerAt = list.IndexOf($"/staff/contacts/{danger}\"", StringComparison.Ordinal);
        var newerAt = list.IndexOf($"/staff/contacts/{newer}\"", StringComparison.Ordinal);
        Assert.True(dangerAt > 0 && newerAt > dangerAt, "The contact reporting danger is listed before the newer one.");
        Assert.Equal(1, list.Split("data-testid=\"danger-tag\"").Length - 1);
        Assert.Contains("<strong class=\"govuk-tag govuk-tag--red\" data-testid=\"danger-tag\">Reported in danger</strong>", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContactPage_InDanger_WarnsWithTheEmergencyAdvice_AndAnOrdinaryContactDoesNot()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var danger = await AddAsync(database, FrontDoorAppFactory.Now.AddHours(-2), inDanger: true, c => c.Open(c.ReceivedAt));
        var ordinary = await AddAsync(database, FrontDoorAppFactory.Now.AddHours(-2), inDanger: false, c => c.Open(c.ReceivedAt));
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var page = await client.GetStringAsync($"/staff/contacts/{danger}", ct);
        var ordinaryPage = await client.GetStringAsync($"/staff/contacts/{ordinary}", ct);

        Assert.Contains("data-testid=\"danger-warning\"", page, StringComparison.Ordinal);
        Assert.Contains("Someone was reported as in danger now.", page, StringComparison.Ordinal);
        Assert.Contains("call 999", page, StringComparison.Ordinal);
        Assert.Contains("emergency duty team on\n        <strong>0116 496 0999</strong>", page.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"danger-warning\"", ordinaryPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"danger-tag\"", ordinaryPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NeedsAttentionAndMatchReview_ListTheContactInDangerFirstWithTheTag()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var failedEarlier = await AddAsync(database, FrontDoorAppFactory.Now.AddHours(-5), inDanger: false, c => c.NeedsAttention("Processing stopped", c.ReceivedAt));
        var failedInDanger = await AddAsync(database, FrontDoorAppFactory.Now.AddHours(-1), inDanger: true, c => c.NeedsAttention("Processing stopped", c.ReceivedAt));
        var reviewEarlier = await AddAsync(database, FrontDoorAppFactory.Now.AddHours(-5), inDanger: false, c => { c.MarkForMatchReview(); c.Open(c.ReceivedAt); });
        var reviewInDanger = await AddAsync(database, FrontDoorAppFactory.Now.AddHours(-1), inDanger: true, c => { c.MarkForMatchReview(); c.Open(c.ReceivedAt); });
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var attention = await client.GetStringAsync("/staff/contacts/needs-attention", ct);
        var review = await client.GetStringAsync("/staff/match-review", ct);

        Assert.True(attention.IndexOf(failedInDanger.ToString(), StringComparison.Ordinal) < attention.IndexOf(failedEarlier.ToString(), StringComparison.Ordinal));
        Assert.Equal(1, attention.Split("data-testid=\"danger-tag\"").Length - 1);
        Assert.True(review.IndexOf(reviewInDanger.ToString(), StringComparison.Ordinal) < review.IndexOf(reviewEarlier.ToString(), StringComparison.Ordinal));
        Assert.Equal(1, review.Split("data-testid=\"danger-tag\"").Length - 1);
    }

    internal static async Task<Guid> AddAsync(TestDatabase database, DateTimeOffset at, bool inDanger, Action<Contact> then)
    {
        await using var db = database.CreateDbContext();
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.PublicOnlineForm, ContactSource.FamilyOrFriend, at, "My mum needs help.");
        contact.RecordWhatWasReported(new ReportedPerson { GivenName = "Edith", FamilyName = "Marsh" }, Core.People.CommunicationNeeds.None, ContactConsent.NotAsked, new ImmediateRisk(InDangerNow: inDanger), null);
        then(contact);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return contact.Id;
    }
}
