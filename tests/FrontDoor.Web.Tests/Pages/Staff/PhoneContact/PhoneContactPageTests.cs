using System.Net;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using FrontDoor.Core.Teams;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Staff.PhoneContact;

public sealed class PhoneContactPageTests
{
    [Theory]
    [BothProviders]
    public async Task Search_WithNicknameAndDate_FindsThePersonAndShowsTheirWorkerAndDutyLine(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await AddAllocatedWilliamAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var html = await SearchAsync(client, new() { ["Described.GivenName"] = "Bill", ["Described.FamilyName"] = "Hargreaves", ["Described.DateOfBirth"] = "14/3/1948" });

        Assert.Contains("William Hargreaves", html, StringComparison.Ordinal);
        Assert.Contains("Jo Patel", html, StringComparison.Ordinal);
        Assert.Contains("Loughborough Locality Team", html, StringComparison.Ordinal);
        Assert.Contains("0116 496 0001", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithNothingTyped_ShowsTheGovukErrorSummaryAndNoResults()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var html = await SearchAsync(client, new() { ["Described.GivenName"] = "  " });

        Assert.Contains("class=\"govuk-error-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("Enter something the caller knows about the person, such as their name or date of birth", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"choose\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Search_ByAMaidenName_FindsTheMarriedWomanAndSaysSheWasFormerlyCalledIt(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await AddAllocatedWilliamAsync(database);
        var now = FrontDoorAppFactory.Now.AddYears(-1);
        var margaret = new Person(Guid.CreateVersion7(), new PersonName("Margaret", "Okafor", formerFamilyName: "Pickering"), now);
        margaret.SetDateOfBirth(new DateOnly(1951, 6, 9), now);
        await using (var db = database.CreateDbContext())
        {
            db.Add(margaret);
            await db.SaveChangesAsync(ct);
        }

        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        // The caller may know her only by the name she grew up with, or give both names.
        var byOldName = await SearchAsync(client, new() { ["Described.GivenName"] = "Margaret", ["Described.FamilyName"] = "Pickering", ["Described.DateOfBirth"] = "9/6/1951" });
        var byBothNames = await SearchAsync(client, new() { ["Described.GivenName"] = "Margaret", ["Described.FamilyName"] = "Okafor", ["Described.FormerFamilyName"] = "Pickering", ["Described.DateOfBirth"] = "9/6/1951" });

        foreach (var html in new[] { byOldName, byBothNames })
        {
            Assert.Contains("Margaret Okafor", html, StringComparison.Ordinal);
            Assert.Contains("formerly Pickering", html, StringComparison.Ordinal);
        }

        Assert.Contains("value=\"Pickering\"", byBothNames, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Redirect_ForAllocatedPerson_ClosesTheContactAsRedirectedAndLinksThePerson(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var william = await AddAllocatedWilliamAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var page = $"/staff/phone/record?personId={william}";

        using var response = await client.PostFormAsync(page, page + "&handler=Redirect", new Dictionary<string, string>
        {
            ["PersonId"] = william.ToString(),
            ["CallerIs"] = "FamilyOrFriend",
            ["CallerName"] = "Sarah Hargreaves",
            ["CallerRelationship"] = "Daughter",
            ["Story"] = "Chasing Dad's social worker about the care package <script>alert(1)</script>",
            ["InDangerNow"] = "no",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/staff/phone/done?reference=FD-", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.SingleAsync(ct);
        Assert.Equal((ContactChannel.Phone, ContactSource.FamilyOrFriend, ContactStatus.Closed, ContactOutcome.RedirectedToAllocatedWorker, william),
            (contact.Channel, contact.Source, contact.Status, contact.Outcome!.Value, contact.PersonId!.Value));
        Assert.Equal("Daughter", contact.Caller?.Relationship);
        Assert.Single(await db.RawSubmissions.ToListAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Save_WithNothingFilledIn_ShowsEachProblemAndSavesNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await client.PostFormAsync("/staff/phone/record", "/staff/phone/record", new Dictionary<string, string>());
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("Select who is calling", html, StringComparison.Ordinal);
        Assert.Contains("Enter what the call is about, in the caller&#x27;s words", html, StringComparison.Ordinal);
        Assert.Contains("Select yes if anyone is in danger now", html, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.Contacts.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Save_ForSomeoneNotOnRecord_KeepsWhatTheCallerSaidAndLeavesTheContactOpen(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await AddAllocatedWilliamAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        const string page = "/staff/phone/record";

        using var response = await client.PostFormAsync(page, page, new Dictionary<string, string>
        {
            ["Described.GivenName"] = "Zofia",
            ["Described.FamilyName"] = "Nowak",
            ["Described.FormerFamilyName"] = " Kowalska ",
            ["Described.Postcode"] = "ng15dt",
            ["CallerIs"] = "Self",
            ["Story"] = "I can't get in and out of the bath since my fall.",
            ["InDangerNow"] = "no",
            ["Needs"] = "large-print",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.SingleAsync(ct);
        Assert.Equal(ContactStatus.Open, contact.Status);
        Assert.Null(contact.PersonId);
        Assert.Equal(("Zofia", "Kowalska", "NG1 5DT"), (contact.ReportedPerson.GivenName, contact.ReportedPerson.FormerFamilyName, contact.ReportedPerson.Postcode));
        Assert.True(contact.CommunicationNeeds.LargePrint);
    }

    [Theory]
    [BothProviders]
    public async Task Search_ThenChoose_PostsWhatTheCallerSaidAndAuditsWhoWasShownAndTheRecordOpened(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var william = await AddAllocatedWilliamAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var results = await SearchAsync(client, new() { ["Described.GivenName"] = "Bill", ["Described.FamilyName"] = "Hargreaves", ["Described.DateOfBirth"] = "14/3/1948" });
        using var chosen = await client.PostFormAsync("/staff/phone", "/staff/phone/record?handler=Start", new Dictionary<string, string>
        {
            ["PersonId"] = william.ToString(),
            ["Described.GivenName"] = "Bill",
            ["Described.FamilyName"] = "Hargreaves",
        });
        var record = await chosen.Content.ReadAsStringAsync(ct);

        // The search terms travel in form bodies only: no link or form action carries them.
        Assert.Contains("<form method=\"post\" action=\"/staff/phone/record?handler=Start\"", results, StringComparison.Ordinal);
        Assert.DoesNotContain("Described.GivenName=", results, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        Assert.Contains("data-testid=\"chosen-person\"", record, StringComparison.Ordinal);
        Assert.Contains("name=\"Described.GivenName\" value=\"Bill\"", record, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-error-summary", record, StringComparison.Ordinal);

        await using var db = database.CreateDbContext();
        var trail = await db.AuditEvents.Include(a => a.People).AsNoTracking().OrderBy(a => a.OccurredAt).ThenBy(a => a.Id).ToListAsync(ct);
        var searched = Assert.Single(trail, a => a.Action == Core.Audit.AuditAction.Searched && a.RecordType == "Person");
        Assert.Contains(searched.People, p => p.PersonId == william);
        var viewed = Assert.Single(trail, a => a.Action == Core.Audit.AuditAction.Viewed && a.RecordType == "Person");
        Assert.Equal((william.ToString("D"), "Amira Khan", "Advisor"), (viewed.RecordId, viewed.ActorName, viewed.ActorRole));
        Assert.Equal(william, Assert.Single(viewed.People).PersonId);
    }

    [Theory]
    [BothProviders]
    public async Task Record_OpenedByPersonId_IsAuditedLikeThePersonPage(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var william = await AddAllocatedWilliamAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var html = await client.GetStringAsync($"/staff/phone/record?PersonId={william:D}", ct);

        Assert.Contains("William Hargreaves", html, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        var viewed = Assert.Single(await db.AuditEvents.Include(a => a.People).AsNoTracking().Where(a => a.Action == Core.Audit.AuditAction.Viewed).ToListAsync(ct));
        Assert.Equal(("Person", william.ToString("D"), "demo-advisor"), (viewed.RecordType, viewed.RecordId, viewed.Actor));
        Assert.Equal(william, Assert.Single(viewed.People).PersonId);
    }

    [Theory]
    [BothProviders]
    public async Task Search_FindingTwoRecordsDecidedToBeOnePerson_MarksThemSoInsteadOfOfferingBothAsLikely(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var william = await AddAllocatedWilliamAsync(database);
        var now = FrontDoorAppFactory.Now.AddYears(-1);
        var bill = new Person(Guid.CreateVersion7(), new PersonName("Bill", "Hargreaves"), now);
        bill.SetDateOfBirth(new DateOnly(1948, 3, 14), now);
        bill.MoveTo(new PostalAddress("12 Church Lane", null, "Loughborough", UkPostcode.Parse("LE11 3AB")), now);
        bill.SetLasId("LAS77", now);
        await using (var db = database.CreateDbContext())
        {
            db.AddRange(bill, new DuplicateDecision(Guid.CreateVersion7(), william, bill.Id, DuplicateVerdict.SamePerson, "manager-1", now));
            await db.SaveChangesAsync(ct);
        }

        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var html = await SearchAsync(client, new() { ["Described.GivenName"] = "William", ["Described.FamilyName"] = "Hargreaves", ["Described.DateOfBirth"] = "14/3/1948" });

        Assert.Contains("Same person as Bill Hargreaves (LAS ID LAS77), to be merged", html, StringComparison.Ordinal);
        Assert.Contains("Same person as William Hargreaves (LAS ID none), to be merged", html, StringComparison.Ordinal);
    }

    private static async Task<string> SearchAsync(HttpClient client, Dictionary<string, string> described)
    {
        using var response = await client.PostFormAsync("/staff/phone", "/staff/phone", described);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<Guid> AddAllocatedWilliamAsync(TestDatabase database)
    {
        var now = FrontDoorAppFactory.Now.AddYears(-1);
        var team = new Team(Guid.CreateVersion7(), "Loughborough Locality Team", PhoneNumber.Parse("0116 496 0001"), "loughborough@example.gov.uk", OpeningHours.OfficeHours);
        var worker = new Worker(Guid.CreateVersion7(), "Jo Patel", WorkerRole.SocialWorker, team.Id, null);
        var william = new Person(Guid.CreateVersion7(), new PersonName("William", "Hargreaves"), now);
        william.SetDateOfBirth(new DateOnly(1948, 3, 14), now);
        william.MoveTo(new PostalAddress("12 Church Lane", null, "Loughborough", UkPostcode.Parse("LE11 3AB")), now);
        var other = new Person(Guid.CreateVersion7(), new PersonName("Margaret", "Oakley"), now);
        other.SetDateOfBirth(new DateOnly(1939, 7, 2), now);
        await using var db = database.CreateDbContext();
        db.AddRange(team, worker, william, other, new Allocation(Guid.CreateVersion7(), william.Id, worker.Id, team.Id, DateOnly.FromDateTime(now.UtcDateTime), now));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return william.Id;
    }
}
