using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using FrontDoor.Core.Contacts.CallBacks;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Pages.Staff.Contacts;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Web.Tests.Pages.Staff.Contacts;

/// <summary>The "Record a call you made" page: what it posts, its GOV.UK errors, and a page out of date refused.</summary>
public sealed class CallMadePagesTests
{
    private static Dictionary<string, string> ChaseCall(int version, string note = "Left a voicemail for the crew's station.") => new()
    {
        ["Version"] = version.ToString(CultureInfo.InvariantCulture),
        ["Purpose"] = "ChaseMissingInformation",
        ["FactsChased"] = "Address",
        ["Called"] = "Referrer",
        ["GotThrough"] = "no",
        ["Note"] = note,
    };

    [Theory]
    [BothProviders]
    public async Task Post_AChaseCall_RecordsTheTypedEvent_AndTheTimelineSaysWhatWasChased(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);

        // An ambulance e-form with no address line: the address is a fact to chase.
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "Mrs Marsh fell at home and lives alone.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{contactId}/call-made";
        var form = await client.GetStringAsync(url, ct);
        Assert.Contains("data-testid=\"fact-Address\"", form, StringComparison.Ordinal);
        Assert.Contains("data-maxlength=\"1000\"", form, StringComparison.Ordinal);
        Assert.Contains($"href=\"/staff/contacts/{contactId}/call-made\"", await client.GetStringAsync($"/staff/contacts/{contactId}", ct), StringComparison.Ordinal);

        using (var recorded = await client.PostFormAsync(url, url, ChaseCall(await VersionAsync(database, contactId))))
        {
            Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
            Assert.Equal($"/staff/contacts/{contactId}#work", recorded.Headers.Location!.OriginalString);
        }

        await using (var db = database.CreateDbContext())
        {
            var made = await db.ContactEvents.AsNoTracking().SingleAsync(e => e.ContactId == contactId && e.Kind == ContactEventKind.OutboundCallMade, ct);
            Assert.Equal(("demo-advisor", "Referrer", "ChaseMissingInformation", "Left a voicemail for the crew's station."), (made.ActorId, made.From, made.To, made.Reason));
            var details = await db.Set<ContactOutboundCall>().AsNoTracking().SingleAsync(c => c.EventId == made.Id, ct);
            Assert.Equal((false, "Address"), (details.GotThrough, details.FactsChased));
        }

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/staff/contacts/{contactId}", ct));
        Assert.Contains("Call made to chase missing information", page, StringComparison.Ordinal);
        Assert.Contains("Called whoever made the contact. Left a voicemail for the crew's station.", page, StringComparison.Ordinal);
        Assert.Contains("Did not get through. Chasing address.", page, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Post_ShowsEachGovukError_AndAPageOutOfDateIsRefused(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "Mr Marsh is struggling with meals.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{contactId}/call-made";
        var stale = await VersionAsync(database, contactId);

        async Task<string> PostAsync(Dictionary<string, string> form)
        {
            using var response = await client.PostFormAsync(url, url, form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(ct));
        }

        var empty = await PostAsync(new() { ["Version"] = stale.ToString(CultureInfo.InvariantCulture) });
        Assert.Contains("govuk-error-summary", empty, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Purpose\">Select why you made the call</a>", empty, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Called\">Select who you called</a>", empty, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#GotThrough\">Select whether the call got through</a>", empty, StringComparison.Ordinal);
        Assert.Contains("The note must be 1,000 characters or fewer", await PostAsync(ChaseCall(stale, note: new string('a', 1001))), StringComparison.Ordinal);
        var otherWithFacts = ChaseCall(stale);
        otherWithFacts["Purpose"] = "Other";
        Assert.Contains("Only tick the facts you were chasing when the call was to chase missing information", await PostAsync(otherWithFacts), StringComparison.Ordinal);
        var otherWithoutNote = new Dictionary<string, string> { ["Version"] = stale.ToString(CultureInfo.InvariantCulture), ["Purpose"] = "Other", ["Called"] = "Person", ["GotThrough"] = "yes" };
        Assert.Contains("<a href=\"#Note\">Enter what the call was about</a>", await PostAsync(otherWithoutNote), StringComparison.Ordinal);

        // A tampered form: values that are none of the options count as not given and get the same GOV.UK words, once each, not ASP.NET's.
        var tampered = await PostAsync(new() { ["Version"] = stale.ToString(CultureInfo.InvariantCulture), ["Purpose"] = "Bogus", ["Called"] = "Alien", ["GotThrough"] = "maybe", ["FactsChased"] = "NoSuchFact" });
        Assert.Single(Regex.Matches(tampered, "<a href=\"#Purpose\">Select why you made the call</a>"));
        Assert.Contains("<a href=\"#Called\">Select who you called</a>", tampered, StringComparison.Ordinal);
        Assert.DoesNotContain("is not valid", tampered, StringComparison.Ordinal);

        // Someone else records the stage first: the call from the page they saw before is refused, with what changed.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var work = scope.ServiceProvider.GetRequiredService<Core.WorkQueues.ContactWork>();
            await work.RecordStageAsync(contactId, stale, Core.Contacts.ThreeConversationsStage.ListenAndConnect, new("demo-team-manager", "Team Manager", "TeamManager"), ct);
        }

        var refused = await PostAsync(ChaseCall(stale));
        Assert.Contains(ContactEventWords.ChangedMeanwhile, refused, StringComparison.Ordinal);
        Assert.Contains($"name=\"Version\" value=\"{stale + 1}\"", refused, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.False(await db.ContactEvents.AnyAsync(e => e.ContactId == contactId && e.Kind == ContactEventKind.OutboundCallMade, ct));
    }

    private static async Task<int> VersionAsync(TestDatabase database, Guid contactId)
    {
        await using var db = database.CreateDbContext();
        return await db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => c.Version).SingleAsync(TestContext.Current.CancellationToken);
    }
}
