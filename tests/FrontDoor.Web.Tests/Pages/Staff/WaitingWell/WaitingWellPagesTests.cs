using System.Globalization;
using System.Net;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Triage.Flows;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.Core.WaitingWell;
using FrontDoor.Core.WorkQueues;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using FrontDoor.Web.Tests.Pages.Staff.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Web.Tests.Pages.Staff.WaitingWell;

public sealed class WaitingWellPagesTests
{
    private static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");

    private static async Task<Guid> ReferredToMashAsync(TestDatabase database, FrontDoorAppFactory app, string story)
    {
        var id = await StaffContactsTestKit.ReceiveAsync(app, story);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ContactReferrals>().ReferAsync(id, await VersionAsync(database, id), new ReferralRequest(ReferralType.Safeguarding, "mash", "Bruising seen by the district nurse."), Advisor, TestContext.Current.CancellationToken);
        return id;
    }

    [Theory]
    [BothProviders]
    public async Task CheckIn_WithoutItsAnswers_ShowsEachError_AndNothingChanges(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var id = await ReferredToMashAsync(database, app, "Mrs Marsh has bruises on her arms.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{id}/check-in";
        var version = await VersionAsync(database, id);

        using var response = await client.PostFormAsync(url, url, new Dictionary<string, string> { ["CircumstancesChanged"] = "true", ["Version"] = version.ToString(CultureInfo.InvariantCulture) });

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("govuk-error-summary", page, StringComparison.Ordinal);
        Assert.Contains("Enter what has changed", page, StringComparison.Ordinal);
        Assert.Contains("Enter what was agreed", page, StringComparison.Ordinal);
        Assert.Equal(version, await VersionAsync(database, id));
    }

    [Theory]
    [BothProviders]
    public async Task CheckIn_WithARiseInRisk_EscalatesAndPutsThePersonFirstOnTheTeamsWaitingList(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var first = await ReferredToMashAsync(database, app, "Mrs Marsh has bruises on her arms.");
        app.Clock.Advance(TimeSpan.FromHours(1));
        var second = await ReferredToMashAsync(database, app, "Mrs Marsh has bruises on her legs.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{second}/check-in";

        using var response = await client.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["CircumstancesChanged"] = "true",
            ["WhatChanged"] = "Her carer has gone into hospital.",
            ["WhatWasAgreed"] = "Duty worker to visit today.",
            ["Risk"] = nameof(TriagePriority.Urgent),
            ["Version"] = (await VersionAsync(database, second)).ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = database.CreateDbContext();
        Assert.True(await db.ContactEvents.AnyAsync(e => e.ContactId == second && e.Kind == ContactEventKind.RiskEscalated && e.To == "Urgent", ct));
        var list = await client.GetStringAsync("/staff/waiting/mash", ct);
        Assert.True(list.IndexOf($"/staff/contacts/{second}\"", StringComparison.Ordinal) < list.IndexOf($"/staff/contacts/{first}\"", StringComparison.Ordinal));
        Assert.Contains(">Urgent</strong>", list, StringComparison.Ordinal);
        var contactPage = await client.GetStringAsync($"/staff/contacts/{second}", ct);
        Assert.Contains("Risk rose: escalated to the team manager", contactPage, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task ReferredContact_LinksToItsCheckIn_AndEachQueueLinksToItsWaitingList(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var notReferred = await StaffContactsTestKit.ReceiveAsync(app, "Mr Reed would like help with shopping.");
        var referred = await ReferredToMashAsync(database, app, "Mrs Marsh has bruises on her arms.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        Assert.Contains($"href=\"/staff/contacts/{referred}/check-in\"", await client.GetStringAsync($"/staff/contacts/{referred}", ct), StringComparison.Ordinal);
        Assert.DoesNotContain("/check-in\"", await client.GetStringAsync($"/staff/contacts/{notReferred}", ct), StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/waiting/mash\"", await client.GetStringAsync("/staff/queues/mash", ct), StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/waiting/mash\"", await client.GetStringAsync("/staff/queues", ct), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task ManagersHome_ListsARiseInRiskUntilTheNextCheckIn_AndCountsOverdueCheckInsByTeam(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var id = await ReferredToMashAsync(database, app, "Mrs Marsh has bruises on her arms.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();
        var escalation = $"<a class=\"govuk-link\" href=\"/staff/contacts/{id}#work\">";
        Assert.DoesNotContain(escalation, await client.GetStringAsync("/staff", ct), StringComparison.Ordinal);

        await CheckInAsync(app, database, id, new CheckInAnswers(true, "Her carer has gone into hospital.", "Duty worker to visit today.", TriagePriority.Urgent));
        var risen = await client.GetStringAsync("/staff", ct);
        Assert.Contains(escalation, risen, StringComparison.Ordinal);
        Assert.Contains("to Urgent</td>", risen, StringComparison.Ordinal);

        await CheckInAsync(app, database, id, new CheckInAnswers(false, null, "Visit made; stays urgent.", TriagePriority.Urgent));
        Assert.DoesNotContain(escalation, await client.GetStringAsync("/staff", ct), StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromDays(10));
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose(); // the sign-in has expired by then
        Assert.Contains("1 overdue check-in</a>", await client.GetStringAsync("/staff", ct), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task WaitingList_FilteredByRiskAndCheckIn_ShowsOnlyThoseWithItsSummary_AndSortsThroughHeaderLinksThatKeepTheFilters(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var older = await ReferredToMashAsync(database, app, "Mrs Marsh has bruises on her arms.");
        app.Clock.Advance(TimeSpan.FromHours(1));
        var newer = await ReferredToMashAsync(database, app, "Mr Reed has bruises on his legs.");
        app.Clock.Advance(TimeSpan.FromDays(60)); // both check-ins overdue
        await CheckInAsync(app, database, newer, new CheckInAnswers(true, "Carer in hospital.", "Duty worker to visit.", TriagePriority.Urgent));
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();

        var everyone = await client.GetStringAsync("/staff/waiting/mash", ct);
        Assert.Contains("2 people waiting, 1 overdue", everyone, StringComparison.Ordinal);
        Assert.True(everyone.IndexOf($"/staff/contacts/{older}\"", StringComparison.Ordinal) < everyone.IndexOf($"/staff/contacts/{newer}\"", StringComparison.Ordinal));

        var overdue = await client.GetStringAsync("/staff/waiting/mash?CheckIn=Overdue&CheckIn=NotAState", ct);
        Assert.Contains("1 person waiting, 1 overdue", overdue, StringComparison.Ordinal);
        Assert.Contains($"/staff/contacts/{older}\"", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain($"/staff/contacts/{newer}\"", overdue, StringComparison.Ordinal);

        var urgentByWait = await client.GetStringAsync("/staff/waiting/mash?Risk=Urgent&sort=waiting&order=ascending", ct);
        Assert.Contains("1 person waiting, 0 overdue", urgentByWait, StringComparison.Ordinal);
        Assert.Contains($"/staff/contacts/{newer}\"", urgentByWait, StringComparison.Ordinal);
        Assert.DoesNotContain($"/staff/contacts/{older}\"", urgentByWait, StringComparison.Ordinal);
        Assert.Contains("aria-sort=\"ascending\"><a class=\"govuk-link\" href=\"/staff/waiting/mash?Risk=Urgent&amp;sort=waiting&amp;order=descending\"", urgentByWait, StringComparison.Ordinal);
        Assert.Contains("aria-sort=\"none\"><a class=\"govuk-link\" href=\"/staff/waiting/mash?Risk=Urgent&amp;sort=risk&amp;order=ascending\"", urgentByWait, StringComparison.Ordinal);

        var newestFirst = await client.GetStringAsync("/staff/waiting/mash?sort=waiting&order=descending", ct);
        Assert.True(newestFirst.IndexOf($"/staff/contacts/{newer}\"", StringComparison.Ordinal) < newestFirst.IndexOf($"/staff/contacts/{older}\"", StringComparison.Ordinal));
    }

    private static async Task CheckInAsync(FrontDoorAppFactory app, TestDatabase database, Guid id, CheckInAnswers answers)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WaitingList>().CheckInByPhoneAsync(id, await VersionAsync(database, id), answers, Advisor, TestContext.Current.CancellationToken);
    }

    private static async Task<int> VersionAsync(TestDatabase database, Guid contactId)
    {
        await using var db = database.CreateDbContext();
        return await db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => c.Version).SingleAsync(TestContext.Current.CancellationToken);
    }
}
