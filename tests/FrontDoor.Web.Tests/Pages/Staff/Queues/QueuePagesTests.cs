using System.Net;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Pages.Staff.Contacts;
using FrontDoor.Web.Tests.Hosting;
using FrontDoor.Web.Tests.Pages.Staff.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Web.Tests.Pages.Staff.Queues;

public sealed class QueuePagesTests
{
    private static readonly AuditActor Manager = new("demo-team-manager", "Grace Okafor", "TeamManager");

    /// <summary>A contact through intake (so routed to Tier 1 on arrival), then given a priority and due time by the rules.</summary>
    private static async Task<Guid> QueuedAsync(FrontDoorAppFactory app, TestDatabase database, string story, TriagePriority? priority = null, TimeSpan? dueIn = null)
    {
        var id = await StaffContactsTestKit.ReceiveAsync(app, story);
        if (priority is { } p)
        {
            await using var db = database.CreateDbContext();
            var contact = await db.Contacts.SingleAsync(c => c.Id == id, TestContext.Current.CancellationToken);
            contact.PrioritiseByRules(p, ["Lives alone with no care in place"], FrontDoorAppFactory.Now + (dueIn ?? TimeSpan.FromDays(1)), FrontDoorAppFactory.Now);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        return id;
    }

    private static async Task<Contact> SavedAsync(TestDatabase database, Guid id)
    {
        await using var db = database.CreateDbContext();
        return await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == id, TestContext.Current.CancellationToken);
    }

    private static async Task ChangeAsOtherAsync(FrontDoorAppFactory app, Func<ContactWork, Task> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<ContactWork>());
    }

    [Theory]
    [BothProviders]
    public async Task QueuePage_ListsMostUrgentFirst_FlagsOverdue_FiltersByQuery_AndClaimsWithAPlainPost(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var low = await QueuedAsync(app, database, "Asks about a blue badge.", TriagePriority.Low);
        var urgent = await QueuedAsync(app, database, "No care in place since yesterday.", TriagePriority.Urgent, TimeSpan.FromHours(-2));
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var page = await client.GetStringAsync("/staff/queues/tier-1", ct);
        Assert.Contains("2 open contacts", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf($"/staff/contacts/{urgent}\"", StringComparison.Ordinal) < page.IndexOf($"/staff/contacts/{low}\"", StringComparison.Ordinal), "The urgent contact is listed first.");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "data-testid=\"overdue-tag\""));
        Assert.Contains("aria-sort=\"ascending\"><a class=\"govuk-link\" href=\"/staff/queues/tier-1?sort=priority&amp;order=descending\"", page, StringComparison.Ordinal);

        var filtered = await client.GetStringAsync("/staff/queues/tier-1?Priority=Low&Assigned=no", ct);
        Assert.Contains("1 open contacts", filtered, StringComparison.Ordinal);
        Assert.Contains($"/staff/contacts/{low}\"", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain($"/staff/contacts/{urgent}\"", filtered, StringComparison.Ordinal);

        var version = (await SavedAsync(database, urgent)).Version;
        using var claim = await client.PostFormAsync("/staff/queues/tier-1", "/staff/queues/tier-1?handler=Claim", new Dictionary<string, string> { ["contactId"] = urgent.ToString(), ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, claim.StatusCode);
        Assert.Equal($"/staff/contacts/{urgent}", claim.Headers.Location!.OriginalString);
        Assert.Equal(("demo-advisor", "Amira Khan"), ((await SavedAsync(database, urgent)).AssignedToId, (await SavedAsync(database, urgent)).AssignedToName));
        var contactPage = await client.GetStringAsync($"/staff/contacts/{urgent}", ct);
        Assert.Contains("You are working contact", contactPage, StringComparison.Ordinal);
        Assert.Contains("<span data-testid=\"work-assignee\">You (Amira Khan)</span>", contactPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"work-overdue\"", contactPage, StringComparison.Ordinal);
        Assert.Contains("Because: Lives alone with no care in place", contactPage, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Claim_AfterSomeoneElseTookIt_IsRefused_SayingWhoDidWhat(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var id = await QueuedAsync(app, database, "Carer has been taken into hospital.", TriagePriority.High);
        var seen = (await SavedAsync(database, id)).Version;
        await ChangeAsOtherAsync(app, work => work.AssignAsync(id, seen, "worker-9", "Wes Worker", "Knows the family", Manager, ct));
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        // The queue page now shows no claim button for it (someone has it): the page posted from was shown before.
        using var claim = await client.PostFormAsync($"/staff/contacts/{id}", "/staff/queues/tier-1?handler=Claim", new Dictionary<string, string> { ["contactId"] = id.ToString(), ["version"] = seen.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var html = await claim.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, claim.StatusCode);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("Someone else changed the contact after this page was shown, so it was not claimed.", html, StringComparison.Ordinal);
        Assert.Contains("Grace Okafor", html, StringComparison.Ordinal);
        Assert.Contains("Wes Worker is working the contact. Knows the family", html, StringComparison.Ordinal);
        Assert.Equal("worker-9", (await SavedAsync(database, id)).AssignedToId);

        // From the contact page too: refused, shown what changed and the contact as it is now, with its new version to try again.
        using var fromContact = await client.PostFormAsync($"/staff/contacts/{id}", $"/staff/contacts/{id}/work?handler=Claim", new Dictionary<string, string> { ["version"] = seen.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var workPage = await fromContact.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, fromContact.StatusCode);
        Assert.Contains(ContactEventWords.ChangedMeanwhile, workPage, StringComparison.Ordinal);
        Assert.Contains("<span data-testid=\"work-assignee\">Wes Worker</span>", workPage, StringComparison.Ordinal);
        var current = (await SavedAsync(database, id)).Version;
        Assert.Contains($"name=\"version\" value=\"{current}\"", workPage, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Transfer_NeedsAReason_RefusesAnUnknownQueue_AndMovesTheContactAsAHandOff(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var id = await QueuedAsync(app, database, "Needs a longer conversation about support at home.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{id}/transfer";
        var version = (await SavedAsync(database, id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var noReason = await client.PostFormAsync(url, url, new Dictionary<string, string> { ["Version"] = version, ["QueueKey"] = "tier-2", ["Reason"] = " " });
        var noReasonHtml = await noReason.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("<a href=\"#Reason\">Enter why you are moving the contact</a>", noReasonHtml, StringComparison.Ordinal);

        using var unknown = await client.PostFormAsync(url, url, new Dictionary<string, string> { ["Version"] = version, ["QueueKey"] = "nowhere", ["Reason"] = "Testing" });
        Assert.Contains("<a href=\"#QueueKey\">Select a queue</a>", await unknown.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal("tier-1", (await SavedAsync(database, id)).QueueKey);

        using var moved = await client.PostFormAsync(url, url, new Dictionary<string, string> { ["Version"] = version, ["QueueKey"] = "tier-2", ["Reason"] = "Needs a longer conversation" });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var saved = await SavedAsync(database, id);
        Assert.Equal(("tier-2", 1), (saved.QueueKey, saved.HandOffs));
        await using var db = database.CreateDbContext();
        var transfer = await db.ContactEvents.AsNoTracking().Where(e => e.ContactId == id && e.Kind == ContactEventKind.QueueChanged).OrderBy(e => e.ContactVersion).LastAsync(ct);
        Assert.Equal(("tier-1", "tier-2", "Needs a longer conversation", "demo-advisor"), (transfer.From, transfer.To, transfer.Reason, transfer.ActorId));
    }

    [Theory]
    [BothProviders]
    public async Task Assign_OffersStaffWhoHaveSignedIn_RefusesAnyoneElse_AndGivesTheContact(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var id = await QueuedAsync(app, database, "Needs equipment for the bathroom.");
        using (var worker = app.CreateBrowserLikeClient())
        {
            (await worker.SignInAsDemoUserAsync("demo-support-worker")).Dispose();
        }

        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();
        var url = $"/staff/contacts/{id}/assign";
        var page = await client.GetStringAsync(url, ct);
        Assert.Contains("Tom Bradley", page, StringComparison.Ordinal);
        Assert.Contains("Grace Okafor", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Amira Khan", page, StringComparison.Ordinal);
        var version = (await SavedAsync(database, id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var stranger = await client.PostFormAsync(url, url, new Dictionary<string, string> { ["Version"] = version, ["AssignTo"] = "demo-advisor" });
        Assert.Contains("<a href=\"#AssignTo\">Select who will work the contact</a>", await stranger.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Null((await SavedAsync(database, id)).AssignedToId);

        using var assigned = await client.PostFormAsync(url, url, new Dictionary<string, string> { ["Version"] = version, ["AssignTo"] = "demo-support-worker", ["Reason"] = "Knows the area" });
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Equal(("demo-support-worker", "Tom Bradley"), ((await SavedAsync(database, id)).AssignedToId, (await SavedAsync(database, id)).AssignedToName));
    }

    [Theory]
    [BothProviders]
    public async Task Stage_IsRecordedFromTheWorkPage_AndReleaseSendsItBackToTheQueue(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var id = await QueuedAsync(app, database, "Wants to stay at home after a fall.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var work = $"/staff/contacts/{id}/work";
        string Version(Contact c) => c.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var noStage = await client.PostFormAsync(work, work + "?handler=Stage", new Dictionary<string, string> { ["Version"] = Version(await SavedAsync(database, id)) });
        Assert.Contains("<a href=\"#Stage\">Select the Three Conversations stage</a>", await noStage.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

        using var stage = await client.PostFormAsync(work, work + "?handler=Stage", new Dictionary<string, string> { ["Version"] = Version(await SavedAsync(database, id)), ["Stage"] = "Crisis" });
        Assert.Equal(HttpStatusCode.Redirect, stage.StatusCode);
        Assert.Equal(ThreeConversationsStage.Crisis, (await SavedAsync(database, id)).Stage);

        using var claim = await client.PostFormAsync(work, work + "?handler=Claim", new Dictionary<string, string> { ["Version"] = Version(await SavedAsync(database, id)) });
        Assert.Equal("demo-advisor", (await SavedAsync(database, id)).AssignedToId);
        using var release = await client.PostFormAsync(work, work + "?handler=Release", new Dictionary<string, string> { ["Version"] = Version(await SavedAsync(database, id)) });
        Assert.Equal(HttpStatusCode.Redirect, release.StatusCode);
        Assert.Null((await SavedAsync(database, id)).AssignedToId);
    }

    [Theory]
    [BothProviders]
    public async Task Overview_ShowsEveryQueuesOpenUnassignedOverdueAndOldest(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        await QueuedAsync(app, database, "Late.", TriagePriority.Urgent, TimeSpan.FromHours(-1));
        await QueuedAsync(app, database, "Not late.", TriagePriority.Low);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();

        var page = await client.GetStringAsync("/staff/queues", ct);

        var tier1 = page[page.IndexOf("data-testid=\"queue-row-tier-1\"", StringComparison.Ordinal)..page.IndexOf("data-testid=\"queue-row-tier-2\"", StringComparison.Ordinal)];
        Assert.Contains("data-testid=\"queue-open\">2</td>", tier1, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"queue-unassigned\">2</td>", tier1, StringComparison.Ordinal);
        Assert.Contains("1 overdue", tier1, StringComparison.Ordinal);
        Assert.Contains("Nothing waiting", page[page.IndexOf("data-testid=\"queue-row-mash\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }
}
