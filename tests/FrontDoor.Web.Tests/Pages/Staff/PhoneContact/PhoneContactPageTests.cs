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
    public async Task Redirect_ForAllocatedPerson_PassesTheContactToTheNamedWorkerOnTheTimelineRatherThanClosingIt(DatabaseProvider provider)
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
            ["CallerPhone"] = "07700 900123",
            ["Story"] = "Chasing Dad's social worker about the care package <script>alert(1)</script>",
            ["InDangerNow"] = "no",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/staff/phone/done?reference=FD-", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.SingleAsync(ct);
        Assert.Equal((ContactChannel.Phone, ContactSource.FamilyOrFriend, ContactStatus.PassedToAllocatedWorker, ContactOutcome.RedirectedToAllocatedWorker, william),
            (contact.Channel, contact.Source, contact.Status, contact.Outcome!.Value, contact.PersonId!.Value));
        Assert.Null(contact.ClosedAt);
        Assert.Equal(("Daughter", "07700 900123"), (contact.Caller?.Relationship, contact.Caller?.Phone));
        Assert.Single(await db.RawSubmissions.ToListAsync(ct));

        // The worker is named on the timeline, so whoever tells them knows who was given out.
        var timeline = await db.ContactTimelineEntries.AsNoTracking().Where(e => e.ContactId == contact.Id).Select(e => e.Text).ToListAsync(ct);
        Assert.Contains("Caller given the details of Jo Patel (Social worker), Loughborough Locality Team. Passed to the allocated worker, who is to be told the person called.", timeline);

        // The list says what happened in its own words: not simply "Closed".
        var list = await client.GetStringAsync("/staff/contacts", ct);
        Assert.Contains("<strong class=\"govuk-tag govuk-tag--turquoise\">Passed to allocated worker</strong>", list, StringComparison.Ordinal);
        Assert.DoesNotContain("\">Closed</strong>", list, StringComparison.Ordinal);
        var contactPage = await client.GetStringAsync($"/staff/contacts/{contact.Id}", ct);
        Assert.Contains("Jo Patel (Social worker), Loughborough Locality Team", contactPage, StringComparison.Ordinal);
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
    public async Task Save_ForSomeoneNotOnRecord_KeepsTheirAddressAndHowToReachThemAndLeavesTheContactOpen(DatabaseProvider provider)
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
            ["Described.AddressLine1"] = " 4 Mill Yard ",
            ["Described.AddressLine2"] = "Lace Market",
            ["Described.Town"] = "Nottingham",
            ["Described.Phone"] = "0115 496 0123",
            ["Described.Email"] = "zofia@example.com",
            ["CallerIs"] = "FamilyOrFriend",
            ["CallerName"] = "Piotr Nowak",
            ["CallerRelationship"] = "Son",
            ["CallerPhone"] = "+447700900456",
            ["CallerEmail"] = "piotr@example.com",
            ["Story"] = "Mum can't get in and out of the bath since her fall.",
            ["InDangerNow"] = "no",
            ["Needs"] = "large-print",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.SingleAsync(ct);
        Assert.Equal(ContactStatus.Open, contact.Status);
        Assert.Null(contact.PersonId);
        var reported = contact.ReportedPerson;
        Assert.Equal(("Zofia", "Kowalska", "NG1 5DT"), (reported.GivenName, reported.FormerFamilyName, reported.Postcode));
        Assert.Equal(("4 Mill Yard", "Lace Market", "Nottingham"), (reported.AddressLine1, reported.AddressLine2, reported.Town));
        Assert.Equal(("0115 496 0123", "zofia@example.com"), (reported.Phone, reported.Email));
        Assert.Equal(("Piotr Nowak", "07700 900456", "piotr@example.com"), (contact.Caller?.Name, contact.Caller?.Phone, contact.Caller?.Email));
        Assert.True(contact.CommunicationNeeds.LargePrint);
        Assert.Empty(await db.ContactAnswers.Where(a => a.ContactId == contact.Id).ToListAsync(ct));
    }

    [Fact]
    public async Task Record_ForSomeoneNotOnRecord_AsksWhereTheyLiveAndHowToReachThemWithWhatTheSearchAlreadyHad()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await client.PostFormAsync("/staff/phone", "/staff/phone/record?handler=Start", new Dictionary<string, string>
        {
            ["Described.GivenName"] = "Zofia",
            ["Described.Postcode"] = "NG1 5DT",
            ["Described.Phone"] = "0115 496 0123",
        });
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Contains("data-testid=\"not-on-record-details\"", html, StringComparison.Ordinal);
        foreach (var label in new[] { "Address line 1", "Town or city", "Postcode", "The person&#x27;s phone number", "The person&#x27;s email address", "Caller&#x27;s email address" })
        {
            Assert.Contains($">{label}</label>", html, StringComparison.Ordinal);
        }

        // Asked in view, so each is posted once: no hidden copy of the same field.
        Assert.Contains("name=\"Described.Postcode\" type=\"text\" value=\"NG1 5DT\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"hidden\" name=\"Described.Postcode\"", html, StringComparison.Ordinal);
        Assert.Contains("type=\"hidden\" name=\"Described.GivenName\" value=\"Zofia\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ForSomeoneNotOnRecord_WithAWrongPostcodePhoneOrEmail_SaysWhatToFixAndSavesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        const string page = "/staff/phone/record";

        using var response = await client.PostFormAsync(page, page, new Dictionary<string, string>
        {
            ["Described.GivenName"] = "Zofia",
            ["Described.Postcode"] = "NG1",
            ["Described.Phone"] = "12",
            ["Described.Email"] = "zofia@",
            ["CallerIs"] = "Self",
            ["Story"] = "I can't get in and out of the bath since my fall.",
            ["InDangerNow"] = "no",
        });
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Described-Postcode\">Enter a real postcode, like LE11 2TP", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Described-Phone\">Enter a telephone number, like 01632 960 001 or 07700 900 982", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Described-Email\">Enter an email address in the correct format, like name@example.com", html, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.Contacts.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Save_WithNoWayToReachTheCallerOrThePerson_IsRefusedUntilTheAdvisorSaysWhy_ThenTheReasonIsKeptAndShown(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        const string page = "/staff/phone/record";
        Dictionary<string, string> Call(params (string Key, string Value)[] extra)
        {
            var form = new Dictionary<string, string>
            {
                ["Described.GivenName"] = "Stan",
                ["CallerIs"] = "FamilyOrFriend",
                ["CallerName"] = "A neighbour",
                ["Story"] = "Stan next door has not been seen for days.",
                ["InDangerNow"] = "no",
            };
            foreach (var (key, value) in extra)
            {
                form[key] = value;
            }

            return form;
        }

        using var noReason = await client.PostFormAsync(page, page, Call());
        var refused = await noReason.Content.ReadAsStringAsync(ct);
        using var otherWithoutWords = await client.PostFormAsync(page, page, Call(("NoWayBackReason", "Other")));
        var stillRefused = await otherWithoutWords.Content.ReadAsStringAsync(ct);
        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(0, await db.Contacts.CountAsync(ct));
        }

        using var saved = await client.PostFormAsync(page, page, Call(("NoWayBackReason", "Other"), ("NoWayBackDetails", "The caller rang from a phone box")));

        Assert.Contains("href=\"#NoWayBackReason\">Enter a phone number or email address for the caller or the person, or select why there is none", refused, StringComparison.Ordinal);
        Assert.Contains("href=\"#NoWayBackDetails\">Enter why there is no way to contact the caller", stillRefused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Guid contactId;
        await using (var db = database.CreateDbContext())
        {
            var contact = await db.Contacts.SingleAsync(ct);
            contactId = contact.Id;
            var answer = await db.ContactAnswers.SingleAsync(a => a.ContactId == contact.Id, ct);
            Assert.Equal(("no-way-back", "The caller rang from a phone box"), (answer.Key, answer.Answer));
        }

        var contactPage = await client.GetStringAsync($"/staff/contacts/{contactId}", ct);
        Assert.Contains("Why is there no phone number or email address for the caller or the person?", contactPage, StringComparison.Ordinal);
        Assert.Contains("The caller rang from a phone box", contactPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WithAChosenReasonForNoWayBack_KeepsItInWords()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        const string page = "/staff/phone/record";

        using var response = await client.PostFormAsync(page, page, new Dictionary<string, string>
        {
            ["CallerIs"] = "Self",
            ["Story"] = "I need help with my shopping.",
            ["InDangerNow"] = "no",
            ["NoWayBackReason"] = "CallerWouldNotGiveOne",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = database.CreateDbContext();
        Assert.Equal("The caller would not give one", (await db.ContactAnswers.SingleAsync(ct)).Answer);
    }

    [Theory]
    [InlineData("2026-03-02T09:30:00Z", true)]
    [InlineData("2026-03-02T18:00:00Z", false)]
    [InlineData("2026-03-07T10:00:00Z", false)]
    // 7:45am UTC is 8:45am in British Summer Time: the line is open though a UTC clock would say it is not.
    [InlineData("2026-06-01T07:45:00Z", true)]
    public async Task Record_ForAnAllocatedPerson_ShowsTheDutyLineWhenOpenAndTheEmergencyDutyTeamWhenClosed(string now, bool open)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var william = await AddAllocatedWilliamAsync(database);
        await using var app = FrontDoorAppFactory.For(database, new Dictionary<string, string?>
        {
            ["FrontDoor:EmergencyDutyPhone"] = "0116 496 0777",
            ["FrontDoor:EmergencyDutyHours"] = "Every evening and all weekend",
        });
        app.Clock.SetUtcNow(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var html = await client.GetStringAsync($"/staff/phone/record?PersonId={william:D}", ct);

        if (open)
        {
            Assert.Contains("<span data-testid=\"duty-line\">Duty line <strong>0116 496 0001</strong></span>", html, StringComparison.Ordinal);
            Assert.Contains(">Open now</strong>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("0116 496 0777", html, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(">Duty line closed now</strong>", html, StringComparison.Ordinal);
            Assert.Contains("give the emergency duty team <strong>0116 496 0777</strong> (Every evening and all weekend)", html, StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"duty-line\"", html, StringComparison.Ordinal);
        }
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
