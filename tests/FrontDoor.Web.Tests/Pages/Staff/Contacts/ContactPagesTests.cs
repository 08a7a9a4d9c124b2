using System.Net;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Staff.Contacts;

public sealed class ContactPagesTests
{
    [Theory]
    [BothProviders]
    public async Task NeedsAttention_ListsAFailedContactWithItsReason_AndTryingAgainOpensIt(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var contactId = await StaffContactsTestKit.FailedAsync(database, "Processing stopped at the match step: TimeoutException");
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var list = await client.GetStringAsync("/staff/contacts/needs-attention", ct);
        Assert.Contains($"href=\"/staff/contacts/{contactId}\"", list, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\" data-testid=\"attention-reason\">Processing stopped at the match step: TimeoutException</td>", list, StringComparison.Ordinal);

        using var retry = await client.PostFormAsync("/staff/contacts/needs-attention", "/staff/contacts/needs-attention?handler=Reprocess", new Dictionary<string, string> { ["contactId"] = contactId.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal($"/staff/contacts/{contactId}?retried=true", retry.Headers.Location!.OriginalString);
        await using var db = database.CreateDbContext();
        Assert.Equal(ContactStatus.Open, (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct)).Status);
        Assert.Contains("No contacts need attention", await client.GetStringAsync("/staff/contacts/needs-attention", ct), StringComparison.Ordinal);
        var page = await client.GetStringAsync(retry.Headers.Location.OriginalString, ct);
        Assert.Contains("Processing was tried again. The contact is now open.", page, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task ContactPage_ShowsStoryAnswersAndTimeline_AndAddingANoteAppendsToTheTimeline(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "Fell in the kitchen overnight; refused conveyance to hospital.", [new IntakeAnswer(ReferralCompleteness.AnswerKeys.IncidentDate, "Date of the incident", "2026-03-01")], [new IntakeAttachment("crew-notes.txt", "text/plain", "notes"u8.ToArray())]);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{contactId}";

        var page = await client.GetStringAsync(url, ct);

        Assert.Contains("Fell in the kitchen overnight; refused conveyance to hospital.", page, StringComparison.Ordinal);
        Assert.Contains("<dt class=\"govuk-summary-list__key\">Date of the incident</dt><dd class=\"govuk-summary-list__value\">2026-03-01</dd>", page, StringComparison.Ordinal);
        Assert.Contains("Paramedic Sam Okoro", page, StringComparison.Ordinal);
        Assert.Contains("2 March 1948", page, StringComparison.Ordinal);
        Assert.Contains("Contact received", page, StringComparison.Ordinal);
        Assert.Contains("crew-notes.txt", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"completeness\"", page, StringComparison.Ordinal);

        using var add = await client.PostFormAsync(url, $"{url}?handler=AddEntry", new Dictionary<string, string> { ["EntryText"] = "The daughter will stay tonight." });

        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        var after = await client.GetStringAsync(url, ct);
        Assert.Contains("<h3 class=\"moj-timeline__title\">Note</h3>", after, StringComparison.Ordinal);
        Assert.Contains("The daughter will stay tonight.", after, StringComparison.Ordinal);
        Assert.Equal(1, after.Split("Fell in the kitchen overnight").Length - 1);
        await using var db = database.CreateDbContext();
        Assert.Contains(await db.AuditEvents.AsNoTracking().ToListAsync(ct), e => e.Action == AuditAction.Viewed && e.RecordId == contactId.ToString() && e.Actor == "demo-advisor");
    }

    [Fact]
    public async Task ContactPage_AddingAnEmptyNote_ShowsTheGovukErrors()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "Carer reports a fall.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{contactId}";

        using var add = await client.PostFormAsync(url, $"{url}?handler=AddEntry", new Dictionary<string, string> { ["EntryText"] = "  " });

        var html = await add.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        Assert.Contains("<a href=\"#EntryText\">Enter the note</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"engine":"probabilistic","decision":"one record is in the link band","candidates":[{"personId":"0193a000-0000-7000-8000-000000000001","probability":0.995,"band":"Link","fields":[{"field":"DateOfBirth","level":"exact","weight":9.1,"description":"same date of birth"}]}]}""",
        "Decision: One record is in the link band", "Person record 0193a000-0000-7000-8000-000000000001: 99.5% likely the same person (link)", "<li>same date of birth</li>")]
    [InlineData("""{"matcher":"exact-identifier","rule":"nhs-number","candidates":["0193a000-0000-7000-8000-000000000001"]}""",
        "Decision: Nhs number", "Person record 0193a000-0000-7000-8000-000000000001</p>", "")]
    [InlineData("Matched on <b>NHS number</b> by hand", "Matched on &lt;b&gt;NHS number&lt;/b&gt; by hand", "", "")]
    [InlineData("""{"engine":"probabilistic","decision":"one record is in""", "{&quot;engine&quot;:&quot;probabilistic&quot;", "", "")]
    public async Task ContactPage_StoredMatchExplanation_IsShownInWordsWhateverItsShape(string explanation, string shows, string alsoShows, string andShows)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var contactId = await StaffContactsTestKit.ExplainedAsync(database, explanation);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await client.GetAsync($"/staff/contacts/{contactId}", ct);
        var page = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("How the match was made", page, StringComparison.Ordinal);
        Assert.All(new[] { shows, alsoShows, andShows }, text => Assert.Contains(text, page, StringComparison.Ordinal));
    }

    [Theory]
    [BothProviders]
    public async Task ContactPage_HtmlInTheStoryAndNotes_IsShownAsText(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "<script>alert('x')</script><b>Help</b> needed");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{contactId}";
        (await client.PostFormAsync(url, $"{url}?handler=AddEntry", new Dictionary<string, string> { ["EntryText"] = "<img src=x onerror=alert(1)>" })).Dispose();

        var page = await client.GetStringAsync(url, ct);

        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;b&gt;Help&lt;/b&gt; needed", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task ContactPage_DownloadingAnAttachment_IsAuditedAndNeverInline(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "Letter attached.", attachments: [new IntakeAttachment("letter.html", "text/html", "<p>hi</p>"u8.ToArray())]);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        await using var db = database.CreateDbContext();
        var attachmentId = (await db.ContactAttachments.AsNoTracking().SingleAsync(ct)).Id;

        using var download = await client.GetAsync($"/staff/contacts/{contactId}?handler=Attachment&attachmentId={attachmentId}", ct);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("<p>hi</p>", await download.Content.ReadAsStringAsync(ct));
        Assert.Contains(await db.AuditEvents.AsNoTracking().ToListAsync(ct), e => e.Action == AuditAction.Exported && e.RecordId == attachmentId.ToString());
    }

    [Theory]
    [BothProviders]
    public async Task ContactList_FiltersByStatusAndChannel(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var failedId = await StaffContactsTestKit.FailedAsync(database, "Could not read the message.");
        await using var app = FrontDoorAppFactory.For(database);
        var openId = await StaffContactsTestKit.ReceiveAsync(app, "Needs help at home.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var all = await client.GetStringAsync("/staff/contacts", ct);
        var attention = await client.GetStringAsync("/staff/contacts?Attention=yes", ct);
        var eForms = await client.GetStringAsync("/staff/contacts?Channel=ProfessionalEForm&Status=Open", ct);

        Assert.Contains($"/staff/contacts/{failedId}\"", all, StringComparison.Ordinal);
        Assert.Contains($"/staff/contacts/{openId}\"", all, StringComparison.Ordinal);
        Assert.Contains($"/staff/contacts/{failedId}\"", attention, StringComparison.Ordinal);
        Assert.DoesNotContain($"/staff/contacts/{openId}\"", attention, StringComparison.Ordinal);
        Assert.Contains($"/staff/contacts/{openId}\"", eForms, StringComparison.Ordinal);
        Assert.DoesNotContain($"/staff/contacts/{failedId}\"", eForms, StringComparison.Ordinal);
        Assert.Matches("<input checked=\"checked\"[^>]*value=\"ProfessionalEForm\"", eForms);
    }

    [Theory]
    [InlineData("/staff/contacts")]
    [InlineData("/staff/contacts/needs-attention")]
    [InlineData("/staff/contacts/0190f5a4-1111-7000-8000-000000000001")]
    [InlineData("/staff/calls/import")]
    public async Task Get_WhenAnonymous_RedirectsToSignIn(string url)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/sign-in?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownContact_Returns404()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await client.GetAsync($"/staff/contacts/{Guid.CreateVersion7()}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
