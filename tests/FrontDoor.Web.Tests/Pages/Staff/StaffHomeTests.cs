using System.Net;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.Web.Tests.Pages.Staff;

public sealed class StaffHomeTests
{
    [Theory]
    [BothProviders]
    public async Task Get_AsTeamManager_ShowsNameRoleLiveContactCountsAndEveryQueue(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await AddContactsAsync(database, open: 3, closed: 1, received: 2);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();

        using var response = await client.GetAsync("/staff", ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<span data-testid=\"user-name\">Grace Okafor</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span data-testid=\"user-role\">Team manager</span>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"queue-overview\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Your work", html, StringComparison.Ordinal);
        Assert.Contains("Open contacts: <strong>3</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"govuk-table__header\" scope=\"row\">Received, not yet processed</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">2</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"govuk-table__header\" scope=\"row\">Closed</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">1</td>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"moj-header\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Get_AsAdvisor_ShowsTheirClaimedContactsSoonestDueFirst_AndTheHeadOfTier1_NotEveryQueue(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var now = FrontDoorAppFactory.Now;
        Contact Queued(string story, TriagePriority priority, TimeSpan dueIn, string? assignedTo = null)
        {
            var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, now.AddHours(-3), story);
            contact.Open(now.AddHours(-3));
            contact.MoveToQueue("tier-1", "Arrived", now.AddHours(-3), ContactEvent.System);
            contact.PrioritiseByRules(priority, ["Test"], now + dueIn, now);
            if (assignedTo is not null)
            {
                contact.AssignTo(assignedTo, "Amira Khan", now, ContactEvent.System);
            }

            return contact;
        }

        var dueLater = Queued("mine, due later", TriagePriority.Urgent, TimeSpan.FromHours(5), "demo-advisor");
        var overdue = Queued("mine, overdue", TriagePriority.Low, TimeSpan.FromHours(-1), "demo-advisor");
        var waiting = Queued("waiting", TriagePriority.High, TimeSpan.FromHours(2));
        await using (var db = database.CreateDbContext())
        {
            db.Contacts.AddRange(dueLater, overdue, waiting);
            await db.SaveChangesAsync(ct);
        }

        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var html = await client.GetStringAsync("/staff", ct);

        Assert.Contains("<span data-testid=\"user-role\">Advisor</span>", html, StringComparison.Ordinal);
        var myWork = html[html.IndexOf("data-testid=\"my-work\"", StringComparison.Ordinal)..html.IndexOf("data-testid=\"queue-head\"", StringComparison.Ordinal)];
        Assert.Contains("2 open contacts you are working", myWork, StringComparison.Ordinal);
        Assert.True(myWork.IndexOf(overdue.Reference.Value, StringComparison.Ordinal) < myWork.IndexOf(dueLater.Reference.Value, StringComparison.Ordinal), "Soonest due first.");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(myWork, "data-testid=\"overdue-tag\""));
        var head = html[html.IndexOf("data-testid=\"queue-head\"", StringComparison.Ordinal)..];
        Assert.Contains(waiting.Reference.Value, head, StringComparison.Ordinal);
        Assert.DoesNotContain(overdue.Reference.Value, head, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"queue-overview\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"contacts-by-status\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Get_AsSupportWorker_ShowsTheirWorkAndTheTier2Queue(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-support-worker")).Dispose();

        var html = await client.GetStringAsync("/staff", ct);

        Assert.Contains("data-testid=\"my-work-empty\"", html, StringComparison.Ordinal);
        Assert.Contains("Your queues", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"queue-row-tier-2\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"queue-row-tier-1\"", html, StringComparison.Ordinal);
    }

    private static async Task AddContactsAsync(TestDatabase database, int open, int closed, int received)
    {
        await using var db = database.CreateDbContext();
        var when = FrontDoorAppFactory.Now.AddDays(-1);
        Contact NewContact() => new(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, when, "I need help with washing and dressing.");
        for (var i = 0; i < open; i++)
        {
            var contact = NewContact();
            contact.Open(when);
            db.Contacts.Add(contact);
        }

        for (var i = 0; i < closed; i++)
        {
            var contact = NewContact();
            contact.Open(when);
            contact.Close(ContactOutcome.InformationAndAdvice, when);
            db.Contacts.Add(contact);
        }

        for (var i = 0; i < received; i++)
        {
            db.Contacts.Add(NewContact());
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
