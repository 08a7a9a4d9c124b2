using System.Net;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Pages.Staff.Contacts;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Staff.Contacts;

public sealed class PriorityPageTests
{
    [Theory]
    [BothProviders]
    public async Task Override_WithAReason_SetsThePriorityAndDueTime_AndTheRulesNoLongerChangeIt(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "Mr Marsh fell and is now back home with his daughter.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{contactId}/priority";
        var version = await VersionAsync(database, contactId);

        using var response = await client.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["Priority"] = "Urgent",
            ["Reason"] = "Daughter leaves tonight; he cannot manage the stairs.",
            ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/staff/contacts/{contactId}", response.Headers.Location!.OriginalString);
        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct);
        Assert.Equal((TriagePriority?)TriagePriority.Urgent, contact.Priority);
        Assert.True(contact.PriorityOverridden);
        Assert.Equal(FrontDoorAppFactory.Now.AddHours(4), contact.DueAt);
        var overridden = await db.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == contactId && e.Kind == ContactEventKind.PriorityOverridden, ct);
        Assert.Equal(("Medium", "Urgent", "Daughter leaves tonight; he cannot manage the stairs.", "Advisor"), (overridden.From, overridden.To, overridden.Reason, overridden.ActorRole));
        var page = await client.GetStringAsync($"/staff/contacts/{contactId}", ct);
        Assert.Contains("Priority changed to urgent.", page, StringComparison.Ordinal);
        Assert.Contains("Priority changed by hand", page, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Override_WithoutPriorityOrReason_ShowsBothErrors_AndNothingChanges(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "Mrs Marsh is struggling with meals.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{contactId}/priority";
        var version = await VersionAsync(database, contactId);

        using var response = await client.PostFormAsync(url, url, new Dictionary<string, string> { ["Reason"] = "  ", ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var page = await response.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("govuk-error-summary", page, StringComparison.Ordinal);
        Assert.Contains("Select a priority", page, StringComparison.Ordinal);
        Assert.Contains("Enter why you are changing the priority", page, StringComparison.Ordinal);
        Assert.Equal(version, await VersionAsync(database, contactId));
    }

    [Theory]
    [BothProviders]
    public async Task Override_FromAPageSomeoneElseChangedMeanwhile_IsRefused_ShowingWhatTheyDid(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "Mrs Marsh is struggling with meals.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{contactId}/priority";
        var seen = await VersionAsync(database, contactId);
        await using (var db = database.CreateDbContext())
        {
            var contact = await db.Contacts.SingleAsync(c => c.Id == contactId, ct);
            contact.AssignTo("worker-9", "Priya Patel", FrontDoorAppFactory.Now, new Core.Audit.AuditActor("manager-1", "Morgan Manager", "TeamManager"));
            await db.SaveChangesAsync(ct);
        }

        using var response = await client.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["Priority"] = "High",
            ["Reason"] = "Lives alone",
            ["Version"] = seen.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        var page = await response.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ContactEventWords.ChangedMeanwhile, page, StringComparison.Ordinal);
        Assert.Contains("Morgan Manager, ", page, StringComparison.Ordinal);
        Assert.Contains("Taken on. Priya Patel is working the contact.", page, StringComparison.Ordinal);
        Assert.Contains($"name=\"Version\" value=\"{seen + 1}\"", page, StringComparison.Ordinal);
        await using var read = database.CreateDbContext();
        Assert.False((await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct)).PriorityOverridden);
    }

    [Fact]
    public async Task Get_UnknownContact_Returns404()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await client.GetAsync($"/staff/contacts/{Guid.NewGuid()}/priority", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<int> VersionAsync(TestDatabase database, Guid contactId)
    {
        await using var db = database.CreateDbContext();
        return await db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => c.Version).SingleAsync(TestContext.Current.CancellationToken);
    }
}
