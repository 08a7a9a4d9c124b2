using System.Net;
using FrontDoor.Core.Audit;
using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Staff.Audits;

public sealed class CaseFileAuditPagesTests
{
    private static readonly AuditActor Advisor = new("advisor-1", "Asha Advisor", "Advisor");

    [Theory]
    [BothProviders]
    public async Task Manager_DrawsAndAllocates_AuditorAuditsWithErrorsFirst_ThenCorrects_AndTheHistoryAndResultsShow(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await ClosedInJanuaryAsync(database, 3);
        await using var app = FrontDoorAppFactory.For(database);
        using var auditor = app.CreateBrowserLikeClient();
        (await auditor.SignInAsDemoUserAsync("demo-auditor")).Dispose();
        Assert.Contains("href=\"/staff/audits/mine\"", await auditor.GetStringAsync("/staff", ct), StringComparison.Ordinal);
        Assert.Contains("No cases have been allocated to you.", await auditor.GetStringAsync("/staff/audits/mine", ct), StringComparison.Ordinal);

        using var manager = app.CreateBrowserLikeClient();
        (await manager.SignInAsDemoUserAsync("demo-team-manager")).Dispose();
        Assert.Contains("href=\"/staff/audits\"", await manager.GetStringAsync("/staff", ct), StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/audits\"", await manager.GetStringAsync("/staff/insight", ct), StringComparison.Ordinal);
        using (var drawn = await manager.PostFormAsync("/staff/audits", "/staff/audits", new Dictionary<string, string> { ["Month"] = "2026-01" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, drawn.StatusCode);
            Assert.Equal("/staff/audits/2026-01", drawn.Headers.Location!.ToString());
        }

        Assert.Contains("0 of 3 audited", await manager.GetStringAsync("/staff/audits", ct), StringComparison.Ordinal);
        var allocation = await manager.GetStringAsync("/staff/audits/2026-01/allocate", ct);
        Assert.Contains("<option value=\"demo-auditor\">Ruth Adeyemi</option>", allocation, StringComparison.Ordinal);
        Assert.DoesNotContain(">Grace Okafor</option>", allocation, StringComparison.Ordinal);
        using (var allocated = await manager.PostFormAsync("/staff/audits/2026-01/allocate", "/staff/audits/2026-01/allocate", await AllocateAllAsync(database, "demo-auditor")))
        {
            Assert.Equal(HttpStatusCode.Redirect, allocated.StatusCode);
        }

        Assert.Contains("data-testid=\"auditor-of-", await manager.GetStringAsync("/staff/audits/2026-01", ct), StringComparison.Ordinal);
        Guid caseId;
        await using (var db = database.CreateDbContext())
        {
            caseId = await db.Set<SampledCase>().OrderBy(c => c.Position).Select(c => c.Id).FirstAsync(ct);
            Assert.All(await db.Set<SampledCase>().ToListAsync(ct), c => Assert.Equal("Ruth Adeyemi", c.AuditorName));
        }

        // January's audits were due by 28 February; it is 2 March.
        var mine = await auditor.GetStringAsync("/staff/audits/mine", ct);
        Assert.Contains("3 cases to audit, 3 overdue.", mine, StringComparison.Ordinal);
        Assert.Contains("28 February 2026", mine, StringComparison.Ordinal);

        var url = $"/staff/audits/cases/{caseId}";
        Assert.DoesNotContain("data-testid=\"audit-form\"", await manager.GetStringAsync(url, ct), StringComparison.Ordinal);
        using (var empty = await auditor.PostFormAsync(url, url, EmptyFormWithOneLongComment()))
        {
            var page = await empty.Content.ReadAsStringAsync(ct);
            Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
            Assert.Contains("govuk-error-summary", page, StringComparison.Ordinal);
            Assert.Contains("href=\"#Answers-0--Score\">Select a score for quality of recording</a>", page, StringComparison.Ordinal);
            Assert.Contains("The comment on strengths-based practice must be 1,000 characters or fewer", page, StringComparison.Ordinal);
            Assert.Contains("Enter an overall comment", page, StringComparison.Ordinal);
        }

        var token = Token(await auditor.GetStringAsync(url, ct));
        using (var saved = await auditor.PostAsync(url, new FormUrlEncodedContent(Answers("Good", token)), ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var readOnly = await auditor.GetStringAsync(url, ct);
        Assert.Contains("Audited by Ruth Adeyemi", readOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"audit-form\"", readOnly, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"correct-link\"", readOnly, StringComparison.Ordinal);

        // A page opened before the save cannot change it.
        using (var again = await auditor.PostAsync(url, new FormUrlEncodedContent(Answers("Inadequate", token)), ct))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Contains("This case has already been audited: correct the audit, with a reason, instead", await again.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        }

        // The correction: a reason is required; then the earlier answers are kept and shown.
        var correct = $"{url}/correct";
        var correctForm = await auditor.GetStringAsync(correct, ct);
        var version = System.Text.RegularExpressions.Regex.Match(correctForm, "name=\"Version\" value=\"([0-9]+)\"").Groups[1].Value;
        var correction = Answers("Good", Token(correctForm));
        correction["Answers[2].Score"] = "RequiresImprovement";
        correction["Version"] = version;
        using (var noReason = await auditor.PostAsync(correct, new FormUrlEncodedContent(correction), ct))
        {
            Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
            Assert.Contains("href=\"#Reason\">Enter why the audit is being corrected</a>", await noReason.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        }

        correction["Reason"] = "The later notes show the referral should have gone to the locality team.";
        using (var corrected = await auditor.PostAsync(correct, new FormUrlEncodedContent(correction), ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        }

        var history = await manager.GetStringAsync(url, ct);
        Assert.Contains("Corrected by Ruth Adeyemi on", history, StringComparison.Ordinal);
        Assert.Contains("Reason: The later notes show the referral should have gone to the locality team.", history, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\" class=\"govuk-table__header\">Right outcome: grade</th>", history, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\">Requires improvement</td>", history, StringComparison.Ordinal);

        await using (var db = database.CreateDbContext())
        {
            var audit = await db.Set<SampledCase>().SingleAsync(c => c.Id == caseId, ct);
            Assert.Equal(AuditScore.RequiresImprovement, audit.AnswerTo(AuditQuestion.RightOutcome).Score);
            Assert.Equal(AuditScore.Good, (await db.Set<CaseFileAuditCorrection>().SingleAsync(c => c.CaseId == caseId, ct)).Replaced.RightOutcomeScore);
            Assert.True(await db.AuditEvents.AnyAsync(e => e.RecordType == CaseFileAuditing.AuditRecordType && e.Action == AuditAction.Viewed && e.ActorName == "Ruth Adeyemi", ct));
            Assert.True(await db.AuditEvents.AnyAsync(e => e.RecordType == CaseFileAuditing.AuditRecordType && e.Action == AuditAction.Viewed && e.ActorName == "Grace Okafor", ct));
        }

        Assert.Contains("1 of 3 audited", await manager.GetStringAsync("/staff/audits", ct), StringComparison.Ordinal);
        var month = await manager.GetStringAsync("/staff/audits/2026-01", ct);
        Assert.Contains("data-testid=\"chart-tier-1\"", month, StringComparison.Ordinal);
        var csv = await manager.GetStringAsync("/staff/audits/2026-01?handler=Csv", ct);
        Assert.Contains("2026-01,Customer Service Centre (Tier 1),Right outcome,3,1,1,0,0,0,2\n", csv, StringComparison.Ordinal);

        // The trend (the dashboard's chart partial and its table) and the dashboard's summary use the corrected answers.
        var trend = await manager.GetStringAsync("/staff/audits/trend", ct);
        Assert.Contains("data-testid=\"trend-tier-1-RightOutcome\"", trend, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"trend-tier-1-RightOutcome-table\"", trend, StringComparison.Ordinal);
        var trendCsv = await manager.GetStringAsync("/staff/audits/trend?handler=Csv", ct);
        Assert.Contains("2026-01,Customer Service Centre (Tier 1),Right outcome,1,1,0,0\n", trendCsv, StringComparison.Ordinal);
        Assert.Contains("2026-01,Customer Service Centre (Tier 1),Quality of recording,1,1,1,1\n", trendCsv, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"audit-summary\"", await manager.GetStringAsync("/staff/insight", ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allocation_ToAnAuditorWhoWorkedOnTheContact_IsRefusedWithTheReason()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var references = await ClosedInJanuaryAsync(database, 1, closedBy: new AuditActor("demo-auditor", "Ruth Adeyemi", "Auditor"));
        await using var app = FrontDoorAppFactory.For(database);
        using var auditor = app.CreateBrowserLikeClient();
        (await auditor.SignInAsDemoUserAsync("demo-auditor")).Dispose();
        using var manager = app.CreateBrowserLikeClient();
        (await manager.SignInAsDemoUserAsync("demo-team-manager")).Dispose();
        (await manager.PostFormAsync("/staff/audits", "/staff/audits", new Dictionary<string, string> { ["Month"] = "2026-01" })).Dispose();

        using var refused = await manager.PostFormAsync("/staff/audits/2026-01/allocate", "/staff/audits/2026-01/allocate", await AllocateAllAsync(database, "demo-auditor"));

        var page = await refused.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains($"href=\"#Allocations-0--AuditorId\">Contact {references[0]}: Ruth Adeyemi worked on contact {references[0]}, so cannot audit it: choose another auditor</a>", page, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Null((await db.Set<SampledCase>().SingleAsync(ct)).AuditorId);
    }

    [Fact]
    public async Task Auditor_IsRefusedManagersPages_AndCasesNotAllocatedToThem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await ClosedInJanuaryAsync(database, 1);
        await using var app = FrontDoorAppFactory.For(database);
        using var manager = app.CreateBrowserLikeClient();
        (await manager.SignInAsDemoUserAsync("demo-team-manager")).Dispose();
        (await manager.PostFormAsync("/staff/audits", "/staff/audits", new Dictionary<string, string> { ["Month"] = "2026-01" })).Dispose();
        Guid caseId;
        await using (var db = database.CreateDbContext())
        {
            caseId = await db.Set<SampledCase>().Select(c => c.Id).SingleAsync(ct);
        }

        using var auditor = app.CreateBrowserLikeClient();
        (await auditor.SignInAsDemoUserAsync("demo-auditor")).Dispose();
        foreach (var url in new[] { "/staff/audits", "/staff/audits/2026-01", "/staff/audits/2026-01/allocate", "/staff/audits/trend", $"/staff/audits/cases/{caseId}", $"/staff/audits/cases/{caseId}/correct" })
        {
            using var response = await auditor.GetAsync(url, ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://localhost/sign-in/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/staff/audits/mine", ct)).StatusCode);
    }

    [Fact]
    public async Task Draw_OfAMonthNotYetOver_ShowsTheErrorSummary()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-team-manager")).Dispose();

        using var response = await client.PostFormAsync("/staff/audits", "/staff/audits", new Dictionary<string, string> { ["Month"] = "2026-03" });

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"#Month\">March 2026 has not ended yet: a month is sampled once it is over</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advisor_IsRefused_AuditsAreForManagers()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await ClosedInJanuaryAsync(database, 1);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        foreach (var url in new[] { "/staff/audits", "/staff/audits/2026-01", "/staff/audits/2026-01/allocate", "/staff/audits/trend", "/staff/audits/mine", $"/staff/audits/cases/{Guid.NewGuid()}", $"/staff/audits/cases/{Guid.NewGuid()}/correct" })
        {
            using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://localhost/sign-in/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var home = await client.GetStringAsync("/staff", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("audits-link", home, StringComparison.Ordinal);
        Assert.DoesNotContain("my-audits-link", home, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Auditor_ReachesHomeAuditsAndTheirCasesContactReadOnly_AndNothingElse(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var references = await ClosedInJanuaryAsync(database, 2);
        await using var app = FrontDoorAppFactory.For(database);
        using var manager = app.CreateBrowserLikeClient();
        (await manager.SignInAsDemoUserAsync("demo-team-manager")).Dispose();
        (await manager.PostFormAsync("/staff/audits", "/staff/audits", new Dictionary<string, string> { ["Month"] = "2026-01" })).Dispose();
        Guid allocated, notAllocated;
        string allocatedReference, notAllocatedReference;
        await using (var db = database.CreateDbContext())
        {
            var cases = await db.Set<SampledCase>().OrderBy(c => c.Position).ToListAsync(ct);
            cases[0].AllocateTo("demo-auditor", "Ruth Adeyemi", DateTimeOffset.UtcNow, new AuditActor("demo-team-manager", "Grace Okafor", "TeamManager"));
            await db.SaveChangesAsync(ct);
            (allocated, notAllocated) = (cases[0].ContactId, cases[1].ContactId);
            // The sample's order is the draw's, not the order the contacts were made in.
            allocatedReference = (await db.Contacts.SingleAsync(c => c.Id == allocated, ct)).Reference.Value;
            notAllocatedReference = references.Single(r => r != allocatedReference);
        }

        using var auditor = app.CreateBrowserLikeClient();
        (await auditor.SignInAsDemoUserAsync("demo-auditor")).Dispose();

        // Home shows only what an auditor can open.
        var home = await auditor.GetStringAsync("/staff", ct);
        Assert.Contains("data-testid=\"my-audits-link\"", home, StringComparison.Ordinal);
        foreach (var hidden in new[] { "queues-link", "triage-flows-link", "open-contacts", "href=\"/staff/people/search\"", "href=\"/staff/contacts\"", "href=\"/staff/phone\"", "href=\"/staff/match-review\"", "contact-search-reference" })
        {
            Assert.DoesNotContain(hidden, home, StringComparison.Ordinal);
        }

        foreach (var url in new[] { "/staff/queues", "/staff/queues/tier-1", "/staff/people/search", "/staff/contacts", "/staff/phone", "/staff/triage-flows", "/staff/insight", $"/staff/contacts/find?reference={notAllocatedReference}", $"/staff/contacts/{notAllocated}", $"/staff/contacts/{allocated}/call-made", $"/staff/contacts/{allocated}/priority" })
        {
            using var refused = await auditor.GetAsync(url, ct);
            Assert.True(refused.StatusCode == HttpStatusCode.Redirect, $"{url} gave {refused.StatusCode}");
            Assert.StartsWith("https://localhost/sign-in/access-denied", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        using (var search = await auditor.GetAsync("/api/v1/people/search?q=Whitworth", ct))
        {
            Assert.Equal(HttpStatusCode.Forbidden, search.StatusCode);
        }

        // Their case's contact: readable, with nothing to change it by; a note posted to it is refused.
        using (var contact = await auditor.GetAsync($"/staff/contacts/{allocated}", ct))
        {
            var page = await contact.Content.ReadAsStringAsync(ct);
            Assert.Equal(HttpStatusCode.OK, contact.StatusCode);
            Assert.Contains(allocatedReference, page, StringComparison.Ordinal);
            Assert.Contains("data-testid=\"read-only-for-audit\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"add-entry-form\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<form", page, StringComparison.Ordinal);
        }

        using (var note = await auditor.PostAsync($"/staff/contacts/{allocated}?handler=AddEntry", new FormUrlEncodedContent(new Dictionary<string, string> { ["EntryText"] = "Auditor's note" }), ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
            Assert.StartsWith("https://localhost/sign-in/access-denied", note.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        // The working roles keep every contact.
        using var advisor = app.CreateBrowserLikeClient();
        (await advisor.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        Assert.Equal(HttpStatusCode.OK, (await advisor.GetAsync($"/staff/contacts/{notAllocated}", ct)).StatusCode);
        Assert.Contains("data-testid=\"add-entry-form\"", await advisor.GetStringAsync($"/staff/contacts/{allocated}", ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await advisor.GetAsync("/api/v1/people/search?q=Whitworth", ct)).StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task Auditor_TakesACaseWaitingForAnAuditor_AndIsToldClearlyWhenSomeoneTookOneFirst(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var references = await ClosedInJanuaryAsync(database, 2);
        await using var app = FrontDoorAppFactory.For(database);
        using var manager = app.CreateBrowserLikeClient();
        (await manager.SignInAsDemoUserAsync("demo-team-manager")).Dispose();
        (await manager.PostFormAsync("/staff/audits", "/staff/audits", new Dictionary<string, string> { ["Month"] = "2026-01" })).Dispose();
        List<SampledCase> cases;
        await using (var db = database.CreateDbContext())
        {
            cases = await db.Set<SampledCase>().OrderBy(c => c.Position).ToListAsync(ct);
        }

        var referenceOf = new Dictionary<Guid, string>();
        await using (var db = database.CreateDbContext())
        {
            foreach (var c in cases)
            {
                referenceOf[c.Id] = (await db.Contacts.SingleAsync(x => x.Id == c.ContactId, ct)).Reference.Value;
            }
        }

        using var auditor = app.CreateBrowserLikeClient();
        (await auditor.SignInAsDemoUserAsync("demo-auditor")).Dispose();
        var mine = await auditor.GetStringAsync("/staff/audits/mine", ct);
        Assert.Contains("Cases waiting for an auditor", mine, StringComparison.Ordinal);
        Assert.All(references, reference => Assert.Contains($"data-testid=\"take-{reference}\"", mine, StringComparison.Ordinal));
        var token = Token(mine);

        using (var taken = await auditor.PostAsync("/staff/audits/mine?handler=Take", new FormUrlEncodedContent(new Dictionary<string, string> { ["caseId"] = cases[0].Id.ToString(), ["version"] = "0", ["__RequestVerificationToken"] = token }), ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
            Assert.Equal($"/staff/audits/cases/{cases[0].Id}", taken.Headers.Location!.ToString());
        }

        // Another auditor takes the second case while this page is open: taking it from the page says who did.
        await using (var db = database.CreateDbContext())
        {
            var second = await db.Set<SampledCase>().SingleAsync(c => c.Id == cases[1].Id, ct);
            second.AllocateTo("auditor-2", "Dev Sharma", DateTimeOffset.UtcNow, new AuditActor("auditor-2", "Dev Sharma", "Auditor"));
            await db.SaveChangesAsync(ct);
        }

        using (var late = await auditor.PostAsync("/staff/audits/mine?handler=Take", new FormUrlEncodedContent(new Dictionary<string, string> { ["caseId"] = cases[1].Id.ToString(), ["version"] = "0", ["__RequestVerificationToken"] = token }), ct))
        {
            var page = await late.Content.ReadAsStringAsync(ct);
            Assert.Equal(HttpStatusCode.OK, late.StatusCode);
            Assert.Contains($"href=\"#CasesToTake\">Dev Sharma took contact {referenceOf[cases[1].Id]} a moment ago: choose another case</a>", page, StringComparison.Ordinal);
            Assert.Contains("No sampled cases are waiting for an auditor.", page, StringComparison.Ordinal);
        }

        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(["Ruth Adeyemi", "Dev Sharma"], await db.Set<SampledCase>().OrderBy(c => c.Position).Select(c => c.AuditorName!).ToListAsync(ct));
        }

        var after = await auditor.GetStringAsync("/staff/audits/mine", ct);
        Assert.Contains($"data-testid=\"my-case-{referenceOf[cases[0].Id]}\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverdueAudits_ShowToManagersOnTheAuditsPageAndHome_AndAtTheTopOfTheAuditorsList()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var references = await ClosedInJanuaryAsync(database, 2);
        await using var app = FrontDoorAppFactory.For(database);
        using var manager = app.CreateBrowserLikeClient();
        (await manager.SignInAsDemoUserAsync("demo-team-manager")).Dispose();
        using var auditor = app.CreateBrowserLikeClient();
        (await auditor.SignInAsDemoUserAsync("demo-auditor")).Dispose();
        Assert.DoesNotContain("data-testid=\"overdue-audits\"", await manager.GetStringAsync("/staff", ct), StringComparison.Ordinal);
        (await manager.PostFormAsync("/staff/audits", "/staff/audits", new Dictionary<string, string> { ["Month"] = "2026-01" })).Dispose();
        (await manager.PostFormAsync("/staff/audits/2026-01/allocate", "/staff/audits/2026-01/allocate", await AllocateAllAsync(database, "demo-auditor"))).Dispose();

        // January's audits were due by 28 February; it is 2 March.
        foreach (var url in new[] { "/staff/audits", "/staff" })
        {
            var page = await manager.GetStringAsync(url, ct);
            Assert.Contains("2 cases were not audited by the end of the month after the month sampled.", page, StringComparison.Ordinal);
            Assert.All(references, reference => Assert.Contains($"data-testid=\"overdue-audit-{reference}\"", page, StringComparison.Ordinal));
        }

        var mine = await auditor.GetStringAsync("/staff/audits/mine", ct);
        Assert.Contains("2 audits are overdue", mine, StringComparison.Ordinal);
        Assert.True(mine.IndexOf("data-testid=\"my-overdue\"", StringComparison.Ordinal) < mine.IndexOf("data-testid=\"my-cases\"", StringComparison.Ordinal));
        Assert.Contains("(2 overdue)", await auditor.GetStringAsync("/staff", ct), StringComparison.Ordinal);
    }

    /// <summary>What the form posts with no grade chosen: every comment box, empty but one.</summary>
    private static Dictionary<string, string> EmptyFormWithOneLongComment()
    {
        var form = Enumerable.Range(0, AuditQuestions.All.Count).ToDictionary(i => $"Answers[{i}].Comment", _ => string.Empty);
        form["Answers[1].Comment"] = new string('x', 1001);
        form["OverallComment"] = " ";
        return form;
    }

    private static Dictionary<string, string> Answers(string grade, string token)
    {
        var form = new Dictionary<string, string> { ["OverallComment"] = "A clear, proportionate record.", ["__RequestVerificationToken"] = token };
        for (var i = 0; i < AuditQuestions.All.Count; i++)
        {
            form[$"Answers[{i}].Score"] = grade;
            form[$"Answers[{i}].Comment"] = $"Comment {i}";
        }

        return form;
    }

    private static string Token(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    /// <summary>The allocation form with every sampled case given to one auditor.</summary>
    private static async Task<Dictionary<string, string>> AllocateAllAsync(TestDatabase database, string auditorId)
    {
        await using var db = database.CreateDbContext();
        var cases = await db.Set<SampledCase>().OrderBy(c => c.Position).Select(c => c.Id).ToListAsync(TestContext.Current.CancellationToken);
        var form = new Dictionary<string, string>();
        for (var i = 0; i < cases.Count; i++)
        {
            form[$"Allocations[{i}].CaseId"] = cases[i].ToString();
            form[$"Allocations[{i}].AuditorId"] = auditorId;
        }

        return form;
    }

    private static async Task<List<string>> ClosedInJanuaryAsync(TestDatabase database, int count, AuditActor? closedBy = null)
    {
        await using var db = database.CreateDbContext();
        var references = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var at = new DateTimeOffset(2026, 1, 5 + i, 10, 0, 0, TimeSpan.Zero);
            var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, at, "Help getting washed and dressed");
            contact.Open(at);
            contact.MoveToQueue("tier-1", "Arrived", at, ContactEvent.System);
            contact.Close([ContactOutcome.InformationAndAdvice], "Advice given", at.AddMinutes(30), closedBy ?? Advisor);
            db.Add(contact);
            references.Add(contact.Reference.Value);
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return references;
    }
}
