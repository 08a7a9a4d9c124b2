using System.Globalization;
using System.Net;
using FrontDoor.Core.Contacts.CallBacks;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Pages.Staff.Contacts;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Staff.Contacts;

public sealed class CallBackPagesTests
{
    // The app's clock: 2 March 2026, 09:30 UTC, which is UK time in winter.
    private static Dictionary<string, string> Arrangement(int version, string day = "2", string time = "15:00", string who = "Person", string reason = "Check the key safe is fitted", string forId = "demo-advisor") => new()
    {
        ["Version"] = version.ToString(CultureInfo.InvariantCulture),
        ["DueDate.Day"] = day,
        ["DueDate.Month"] = "3",
        ["DueDate.Year"] = "2026",
        ["DueTime"] = time,
        ["Who"] = who,
        ["Reason"] = reason,
        ["ForId"] = forId,
    };

    [Theory]
    [BothProviders]
    public async Task Arrange_ThenTheHomeListsIt_OverdueOnceItsTimePasses_AndDoneTakesItOff(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "Mr Marsh is home from hospital and the key safe is not fitted.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{contactId}/call-back";

        using (var arranged = await client.PostFormAsync(url, url, Arrangement(await VersionAsync(database, contactId), time: "9:45am")))
        {
            Assert.Equal(HttpStatusCode.Redirect, arranged.StatusCode);
            Assert.Equal($"/staff/contacts/{contactId}#work", arranged.Headers.Location!.OriginalString);
        }

        await using (var db = database.CreateDbContext())
        {
            var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct);
            Assert.Equal(new ScheduledCallBack(new DateTimeOffset(2026, 3, 2, 9, 45, 0, TimeSpan.Zero), CallBackPerson.Person, null, null, "Check the key safe is fitted", "demo-advisor", "Amira Khan", FrontDoorAppFactory.Now), contact.CallBack);
            var scheduled = await db.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == contactId && e.Kind == ContactEventKind.CallBackScheduled, ct);
            Assert.Equal(("demo-advisor", "Amira Khan"), (scheduled.ActorId, scheduled.From));
        }

        var page = await client.GetStringAsync($"/staff/contacts/{contactId}", ct);
        Assert.Contains("By 2 March 2026 at 9:45am, by you", page, StringComparison.Ordinal);
        Assert.Contains("Call back arranged", page, StringComparison.Ordinal);

        var home = await client.GetStringAsync("/staff", ct);
        Assert.Contains("1 call back due today or overdue", home, StringComparison.Ordinal);
        Assert.Contains($"/staff/contacts/{contactId}#work", home, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"call-back-overdue\"", home, StringComparison.Ordinal);

        // Within the sign-in's sliding hour.
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        home = await client.GetStringAsync("/staff", ct);
        Assert.Contains("data-testid=\"call-back-overdue\"", home, StringComparison.Ordinal);
        using (var manager = app.CreateBrowserLikeClient())
        {
            (await manager.SignInAsDemoUserAsync("demo-team-manager")).Dispose();
            var managersHome = await manager.GetStringAsync("/staff", ct);
            Assert.Contains("data-testid=\"overdue-call-backs-tier-1\"", managersHome, StringComparison.Ordinal);
            Assert.Contains("1 overdue", managersHome[managersHome.IndexOf("overdue-call-backs-tier-1", StringComparison.Ordinal)..], StringComparison.Ordinal);
        }

        var contactPage = $"/staff/contacts/{contactId}";
        using (var done = await client.PostFormAsync(contactPage, $"{url}?handler=Done", new Dictionary<string, string> { ["version"] = (await VersionAsync(database, contactId)).ToString(CultureInfo.InvariantCulture) }))
        {
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        }

        Assert.Contains("You have no call backs due today.", await client.GetStringAsync("/staff", ct), StringComparison.Ordinal);
        Assert.Contains("Call back made", await client.GetStringAsync(contactPage, ct), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Arrange_ShowsEachValidationMessage_AndNothingIsArranged(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "Mrs Marsh is struggling with meals.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{contactId}/call-back";
        var version = await VersionAsync(database, contactId);

        async Task ShowsAsync(Dictionary<string, string> form, params string[] messages)
        {
            using var response = await client.PostFormAsync(url, url, form);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(ct));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
            foreach (var message in messages)
            {
                Assert.Contains(message, html, StringComparison.Ordinal);
            }
        }

        var empty = new Dictionary<string, string> { ["Version"] = version.ToString(CultureInfo.InvariantCulture) };
        await ShowsAsync(empty, "Enter the date of the call back", "Enter the time of the call back", "Select who to call", "Enter why the call back is needed", "Select who will make the call back");
        await ShowsAsync(Arrangement(version, day: "32"), "The date of the call back must be a real date, for example, 27 3 2027");
        await ShowsAsync(Arrangement(version, time: "25:99"), "Enter a real time. Use the 24-hour clock or am and pm, for example, 14:30 or 2:30pm");
        await ShowsAsync(Arrangement(version, time: "09:00"), "The call back time must be in the future");
        await ShowsAsync(Arrangement(version, who: "SomeoneElse"), "Enter the name of the person to call", "Enter a telephone number");
        await ShowsAsync(Arrangement(version, reason: new string('a', 501)), "The reason must be 500 characters or fewer");
        await ShowsAsync(Arrangement(version, forId: "someone-who-never-signed-in"), "Select who will make the call back");

        // The character count says the limit.
        Assert.Contains("data-maxlength=\"500\"", await client.GetStringAsync(url, ct), StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Null((await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct)).CallBackDueAt);
    }

    [Theory]
    [BothProviders]
    public async Task ChangeCancelCloseAndAStaleDone_EachShowsItsMessage(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "Mrs Marsh is struggling with meals.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{contactId}/call-back";
        var stale = await VersionAsync(database, contactId);
        (await client.PostFormAsync(url, url, Arrangement(stale))).Dispose();
        var version = await VersionAsync(database, contactId);
        string V(int v) => v.ToString(CultureInfo.InvariantCulture);

        async Task<string> PostAsync(string pageUrl, string handlerUrl, Dictionary<string, string> form)
        {
            using var response = await client.PostFormAsync(pageUrl, handlerUrl, form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(ct));
        }

        var change = $"{url}/change";
        Assert.Contains("Enter why you are changing the call back time", await PostAsync(change, change, new() { ["Version"] = V(version), ["DueDate.Day"] = "3", ["DueDate.Month"] = "3", ["DueDate.Year"] = "2026", ["DueTime"] = "10:00", ["Reason"] = " " }), StringComparison.Ordinal);
        Assert.Contains("The call back time must be in the future", await PostAsync(change, change, new() { ["Version"] = V(version), ["DueDate.Day"] = "1", ["DueDate.Month"] = "3", ["DueDate.Year"] = "2026", ["DueTime"] = "10:00", ["Reason"] = "Out today" }), StringComparison.Ordinal);
        var cancel = $"{url}/cancel";
        Assert.Contains("Enter why you are cancelling the call back", await PostAsync(cancel, cancel, new() { ["Version"] = V(version), ["Reason"] = "" }), StringComparison.Ordinal);

        var close = $"/staff/contacts/{contactId}/close";
        var closing = await PostAsync(close, close, new() { ["Version"] = V(version), ["Outcomes"] = "InformationAndAdvice", ["Summary"] = "Advice given." });
        Assert.Contains("Cancel the call back that is still due, saying why, or mark it done, before closing the contact", closing, StringComparison.Ordinal);
        Assert.Contains("href=\"#CallBack\"", closing, StringComparison.Ordinal);
        Assert.Contains("id=\"CallBack\"", closing, StringComparison.Ordinal);

        var done = await PostAsync($"/staff/contacts/{contactId}", $"{url}?handler=Done", new() { ["version"] = V(stale) });
        Assert.Contains(ContactEventWords.ChangedMeanwhile, done, StringComparison.Ordinal);
        Assert.Contains("Call back arranged", done, StringComparison.Ordinal);

        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct);
        Assert.Equal((version, FrontDoorAppFactory.Now.Date.AddHours(15)), (contact.Version, contact.CallBackDueAt!.Value.UtcDateTime));
    }

    private static async Task<int> VersionAsync(TestDatabase database, Guid contactId)
    {
        await using var db = database.CreateDbContext();
        return await db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => c.Version).SingleAsync(TestContext.Current.CancellationToken);
    }
}
