using System.Net;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Staff.MatchReview;

public sealed class MatchReviewPageTests
{
    [Theory]
    [BothProviders]
    public async Task Get_ShowsWhatTheContactSaidBesideEachCandidateWithReasons(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (contactId, peter, paul) = await AddTwinsContactAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var queue = await client.GetStringAsync("/staff/match-review", ct);
        var html = await client.GetStringAsync($"/staff/match-review/{contactId}", ct);

        Assert.Contains($"/staff/match-review/{contactId}", queue, StringComparison.Ordinal);
        Assert.Contains("Peter Ashby", html, StringComparison.Ordinal);
        Assert.Contains("Paul Ashby", html, StringComparison.Ordinal);
        Assert.Contains("P Ashby", html, StringComparison.Ordinal);
        Assert.Contains("same date of birth (for)", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{peter}\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{paul}\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;twin&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ForADemoContactLeftForReview_ShowsTheEnginesCandidatesAndReasons()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database, new Dictionary<string, string?> { ["FrontDoor:DemoPeople"] = "1500" });
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        Contact contact;
        await using (var db = database.CreateDbContext())
        {
            contact = await db.Contacts.AsNoTracking().FirstAsync(c => c.MatchState == PersonMatchState.NeedsReview, ct);
        }

        var html = await client.GetStringAsync($"/staff/match-review/{contact.Id}", ct);

        var candidates = MatchExplanationReader.Read(contact.MatchExplanation).Candidates;
        Assert.NotEmpty(candidates);
        Assert.Contains($"value=\"{candidates[0].PersonId}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"reasons-1\"", html, StringComparison.Ordinal);
        Assert.Contains($"{candidates[0].Fields.First(f => f.Weight > 0).Description} (for)", html, StringComparison.Ordinal);
        Assert.Contains(contact.ReportedPerson.FamilyName!, html, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Post_WithoutChoice_ShowsTheErrorSummaryAndChangesNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (contactId, _, _) = await AddTwinsContactAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await client.PostFormAsync($"/staff/match-review/{contactId}", $"/staff/match-review/{contactId}", new Dictionary<string, string>());
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("Select the record this contact is about, or none of these", html, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(PersonMatchState.NeedsReview, (await db.Contacts.SingleAsync(ct)).MatchState);
    }

    [Theory]
    [BothProviders]
    public async Task Post_WithChosenRecord_LinksTheContactAndRecordsTheDecision(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (contactId, _, paul) = await AddTwinsContactAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await client.PostFormAsync($"/staff/match-review/{contactId}", $"/staff/match-review/{contactId}", new Dictionary<string, string> { ["Choice"] = paul.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.SingleAsync(ct);
        Assert.Equal((PersonMatchState.Matched, paul), (contact.MatchState, contact.PersonId!.Value));
        Assert.Contains(await db.ContactTimelineEntries.Where(e => e.ContactId == contactId).ToListAsync(ct), e => e.Kind == TimelineEntryKind.Matched && e.Text.StartsWith("Reviewed", StringComparison.Ordinal));
        Assert.Contains(await db.AuditEvents.ToListAsync(ct), e => e.Action == AuditAction.Linked && e.RecordId == contactId.ToString());
    }

    [Theory]
    [BothProviders]
    public async Task Post_WithChosenRecordSomeoneHolds_EmailsTheirAllocatedWorker_ReferenceAndLinkOnly(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (contactId, _, paul) = await AddTwinsContactAsync(database);
        await using (var setUp = database.CreateDbContext())
        {
            var team = new Core.Teams.Team(Guid.CreateVersion7(), "Charnwood Community Team", Core.People.PhoneNumber.Parse("01632 960001"), "charnwood.duty@example.gov.uk", Core.Teams.OpeningHours.OfficeHours);
            var worker = new Core.Teams.Worker(Guid.CreateVersion7(), "Jo Patel", Core.Teams.WorkerRole.SocialWorker, team.Id, null, "jo.patel@example.gov.uk");
            setUp.AddRange(team, worker, new Core.People.Allocation(Guid.CreateVersion7(), paul, worker.Id, team.Id, new DateOnly(2025, 1, 6), FrontDoorAppFactory.Now));
            await setUp.SaveChangesAsync(ct);
        }

        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await client.PostFormAsync($"/staff/match-review/{contactId}", $"/staff/match-review/{contactId}", new Dictionary<string, string> { ["Choice"] = paul.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = database.CreateDbContext();
        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(ct);
        Assert.Equal((Core.Messages.Notify.NotifyTemplates.AllocatedWorkerEmail.Name, "jo.patel@example.gov.uk", contactId), (message.Template, message.Recipient, message.ContactId));
        Assert.Equal(["contact_link", "reference"], System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(message.Body)!.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [BothProviders]
    public async Task Post_NoneOfThese_LeavesTheContactUnmatched_AndOffersToSearchOrCreateItsPerson(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (contactId, _, _) = await AddTwinsContactAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await client.PostFormAsync($"/staff/match-review/{contactId}", $"/staff/match-review/{contactId}", new Dictionary<string, string> { ["Choice"] = "none" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var queue = await client.GetStringAsync(response.Headers.Location!.OriginalString, ct);
        Assert.Contains($"href=\"/staff/contacts/{contactId}/find-person\"", queue, StringComparison.Ordinal);
        Assert.Contains($"href=\"/staff/contacts/{contactId}/new-person\"", queue, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(PersonMatchState.Unmatched, (await db.Contacts.SingleAsync(ct)).MatchState);
    }

    [Theory]
    [BothProviders]
    public async Task Post_WithAPersonWhoWasNotACandidate_IsRefused(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (contactId, _, _) = await AddTwinsContactAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await client.PostFormAsync($"/staff/match-review/{contactId}", $"/staff/match-review/{contactId}", new Dictionary<string, string> { ["Choice"] = Guid.NewGuid().ToString() });
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Contains("Choose one of the records shown, or none of them", html, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(PersonMatchState.NeedsReview, (await db.Contacts.SingleAsync(ct)).MatchState);
    }

    [Fact]
    public async Task Get_ContactMatchedByTheExactIdentifierRules_OffersEachCandidateRecord()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var (contactId, peter, paul) = await AddTwinsContactAsync(database, (peterId, paulId) => $$"""{"matcher":"exact-identifier","rule":"family-name-date-of-birth-postcode","candidates":["{{peterId}}","{{paulId}}"]}""");
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var html = await client.GetStringAsync($"/staff/match-review/{contactId}", ct);

        Assert.Contains("FrontDoor's reason: family-name-date-of-birth-postcode.", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{peter}\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{paul}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ContactWithAnUnreadableExplanation_ShowsThePageWithOnlyNoneOfThese()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var (contactId, peter, _) = await AddTwinsContactAsync(database, (_, _) => "{\"engine\":\"probabilistic\",\"candidates\":[{\"personId\":");
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await client.GetAsync($"/staff/match-review/{contactId}", ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain($"value=\"{peter}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"none-of-these\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithTheLinkBandRaisedInSettings_CallsTheCandidatesVeryLikelyNotAlmostCertain()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var (contactId, _, _) = await AddTwinsContactAsync(database);
        await using var usual = FrontDoorAppFactory.For(database);
        await using var stricter = FrontDoorAppFactory.For(database, new Dictionary<string, string?> { ["Matching:LinkThreshold"] = "0.999" });

        var asUsual = await GetAsAdvisorAsync(usual, $"/staff/match-review/{contactId}");
        var whenStricter = await GetAsAdvisorAsync(stricter, $"/staff/match-review/{contactId}");

        // Both candidates are 99.5% likely: in the default link band, below a 99.9% one.
        Assert.Contains("Record 1: Almost certain", asUsual, StringComparison.Ordinal);
        Assert.Contains("Record 1: Very likely", whenStricter, StringComparison.Ordinal);
        Assert.DoesNotContain("Almost certain", whenStricter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Queue_NamesTheChannelInTheSameWordsAsTheContactPages()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await AddTwinsContactAsync(database, (_, _) => "{}", ContactChannel.PublicOnlineForm);
        await using var app = FrontDoorAppFactory.For(database);

        var queue = await GetAsAdvisorAsync(app, "/staff/match-review");

        Assert.Contains($"<td class=\"govuk-table__cell\">{FrontDoor.Web.Pages.Staff.Contacts.ContactWords.Channel(ContactChannel.PublicOnlineForm)}</td>", queue, StringComparison.Ordinal);
        Assert.Contains("Online request", queue, StringComparison.Ordinal);
    }

    private static async Task<string> GetAsAdvisorAsync(FrontDoorAppFactory app, string path)
    {
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        return await client.GetStringAsync(path, TestContext.Current.CancellationToken);
    }

    private static Task<(Guid ContactId, Guid Peter, Guid Paul)> AddTwinsContactAsync(TestDatabase database) =>
        AddTwinsContactAsync(database, (peter, paul) => new StoredMatchExplanation("probabilistic", "more than one record is in the link band: a person must choose",
        [
            new StoredMatchCandidate(peter, 0.995, "Link", [new StoredFieldContribution("DateOfBirth", "exact", 9.1, "same date of birth"), new StoredFieldContribution("GivenName", "initial", 1.2, "initial P matches Peter")]),
            new StoredMatchCandidate(paul, 0.995, "Link", [new StoredFieldContribution("DateOfBirth", "exact", 9.1, "same date of birth"), new StoredFieldContribution("GivenName", "initial", 1.2, "initial P matches Paul")]),
        ]).ToJson());

    private static async Task<(Guid ContactId, Guid Peter, Guid Paul)> AddTwinsContactAsync(TestDatabase database, Func<Guid, Guid, string> explain, ContactChannel channel = ContactChannel.Email)
    {
        var now = FrontDoorAppFactory.Now;
        var dob = new DateOnly(1961, 5, 20);
        Person Twin(string given)
        {
            var person = new Person(Guid.CreateVersion7(), new PersonName(given, "Ashby"), now.AddYears(-2));
            person.SetDateOfBirth(dob, now.AddYears(-2));
            person.MoveTo(new PostalAddress("7 Forest Road", null, "Loughborough", UkPostcode.Parse("LE11 2TP")), now.AddYears(-2));
            return person;
        }

        var peter = Twin("Peter");
        var paul = Twin("Paul");
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), channel, ContactSource.Police, now.AddHours(-2), "Concern for a <b>twin</b> found confused.");
        contact.RecordWhatWasReported(new ReportedPerson { GivenName = "P", FamilyName = "Ashby", DateOfBirth = dob, Postcode = "LE11 2TP" }, CommunicationNeeds.None, ContactConsent.NotAsked, ImmediateRisk.NotAsked, null);
        contact.MarkForMatchReview();
        contact.ExplainMatch(explain(peter.Id, paul.Id));

        await using var db = database.CreateDbContext();
        db.AddRange(peter, paul, contact);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (contact.Id, peter.Id, paul.Id);
    }
}
