using System.Net;
using System.Text.RegularExpressions;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.Phone;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Core.People.Matching;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using FrontDoor.Web.Tests.Pages.Staff.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Web.Tests.Pages.Staff.Contacts;

/// <summary>Nobody stranded: a contact that matched nobody can be searched for, linked or given a new record, and is listed until it is.</summary>
public sealed partial class StrandedContactTests
{
    [Theory]
    [BothProviders]
    public async Task FindPerson_StartsFromWhatWasReported_AndLinkingIsAuditedAndOnTheTimeline(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var people = await PeopleToFind.SaveAsync(database);
        var contactId = await UnmatchedAsync(database, new ReportedPerson { GivenName = "Dot", FamilyName = "Whitworth", DateOfBirthAsGiven = "14/08/1944", DateOfBirth = new DateOnly(1944, 8, 14), Postcode = "LE13 1AB" });
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var contactPage = await client.GetStringAsync($"/staff/contacts/{contactId}", ct);
        Assert.Contains($"href=\"/staff/contacts/{contactId}/find-person\"", contactPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/staff/contacts/{contactId}/new-person\"", contactPage, StringComparison.Ordinal);

        var search = await client.GetStringAsync($"/staff/contacts/{contactId}/find-person", ct);
        Assert.Contains("value=\"Dot Whitworth 14/8/1944 LE13 1AB\"", search, StringComparison.Ordinal);
        Assert.Contains($"name=\"PersonId\" value=\"{people.Doris}\"", search, StringComparison.Ordinal);

        using var link = await client.PostFormAsync($"/staff/contacts/{contactId}/find-person", $"/staff/contacts/{contactId}/link", new Dictionary<string, string> { ["PersonId"] = people.Doris.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);
        Assert.Equal($"/staff/contacts/{contactId}", link.Headers.Location!.OriginalString);
        var after = await client.GetStringAsync($"/staff/contacts/{contactId}", ct);
        Assert.Contains("The contact is now linked to Doris Whitworth.", after, StringComparison.Ordinal);
        Assert.Contains("Linked to Doris Whitworth by Amira Khan.", after, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct);
        Assert.Equal((people.Doris, PersonMatchState.Matched), (contact.PersonId, contact.MatchState));
        var linked = await db.AuditEvents.AsNoTracking().Include(e => e.People).SingleAsync(e => e.Action == AuditAction.Linked && e.RecordId == contactId.ToString(), ct);
        Assert.Equal(("demo-advisor", $"linked to person {people.Doris}"), (linked.Actor, linked.Detail));
        Assert.Contains(linked.People, p => p.PersonId == people.Doris);
    }

    [Theory]
    [BothProviders]
    public async Task Linking_AnEmailedContactToSomeoneAllocated_EmailsTheirWorkersTeamInbox_WithALink_NeverTheStory(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var people = await PeopleToFind.SaveAsync(database);
        var contactId = await UnmatchedAsync(database, new ReportedPerson { GivenName = "Dot", FamilyName = "Whitworth" });
        await using var app = FrontDoorAppFactory.For(database, new Dictionary<string, string?> { ["Messages:StaffSiteUrl"] = "https://frontdoor.example.gov.uk/" });
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        // Linked to Doris (held by Priya Shah, who has no email of her own), then moved to Dennis (held by nobody).
        var searchPage = $"/staff/contacts/{contactId}/find-person";
        (await client.PostFormAsync(searchPage, $"/staff/contacts/{contactId}/link", new Dictionary<string, string> { ["PersonId"] = people.Doris.ToString() })).Dispose();
        (await client.PostFormAsync(searchPage, $"/staff/contacts/{contactId}/link", new Dictionary<string, string> { ["PersonId"] = people.Dennis.ToString(), ["Replacing"] = people.Doris.ToString() })).Dispose();

        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct);
        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(ct);
        Assert.Equal((NotifyTemplates.AllocatedWorkerEmail.Name, "melton@example.gov.uk", contactId), (message.Template, message.Recipient, message.ContactId));
        Assert.Equal(
            new Dictionary<string, string> { ["reference"] = contact.Reference.ToString(), ["contact_link"] = $"https://frontdoor.example.gov.uk/staff/contacts/{contactId:D}" },
            System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(message.Body));
        Assert.DoesNotContain("Welfare concern", message.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Whitworth", message.Body, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Relinking_AsksForConfirmationFirst_ThenChangesTheLink_Audited(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var people = await PeopleToFind.SaveAsync(database);
        var contactId = await UnmatchedAsync(database, new ReportedPerson { GivenName = "D", FamilyName = "Whitworth" });
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var searchPage = $"/staff/contacts/{contactId}/find-person";
        (await client.PostFormAsync(searchPage, $"/staff/contacts/{contactId}/link", new Dictionary<string, string> { ["PersonId"] = people.Doris.ToString() })).Dispose();

        using var unconfirmed = await client.PostFormAsync(searchPage, $"/staff/contacts/{contactId}/link", new Dictionary<string, string> { ["PersonId"] = people.Dennis.ToString() });

        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("This contact is linked to <strong>Doris Whitworth</strong>. Link it to <strong>Dennis Whitworth</strong> instead?", await unconfirmed.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(people.Doris, (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct)).PersonId);
        }

        using var confirmed = await client.PostFormAsync(searchPage, $"/staff/contacts/{contactId}/link", new Dictionary<string, string> { ["PersonId"] = people.Dennis.ToString(), ["Replacing"] = people.Doris.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        await using var after = database.CreateDbContext();
        Assert.Equal(people.Dennis, (await after.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct)).PersonId);
        Assert.Contains(await after.ContactTimelineEntries.AsNoTracking().Where(e => e.ContactId == contactId).Select(e => e.Text).ToListAsync(ct), text => text == "Link changed from Doris Whitworth to Dennis Whitworth by Amira Khan.");
        Assert.Contains(await after.AuditEvents.AsNoTracking().Where(e => e.Action == AuditAction.Linked).Select(e => e.Detail).ToListAsync(ct), detail => detail == $"relinked from person {people.Doris} to person {people.Dennis}");
    }

    [Theory]
    [BothProviders]
    public async Task NewPerson_ShowsLikelyExistingRecordsFirst_ThenCreatesTheRecordAndLinksIt(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var people = await PeopleToFind.SaveAsync(database);
        var contactId = await UnmatchedAsync(database, new ReportedPerson { GivenName = "Doris", FamilyName = "Whitworth", DateOfBirthAsGiven = "14 August 1944", DateOfBirth = new DateOnly(1944, 8, 14), AddressLine1 = "4 Nottingham Road", Postcode = "LE13 1AB" });
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{contactId}/new-person";

        var form = await client.GetStringAsync(url, ct);
        Assert.Matches("<input [^>]*name=\"GivenName\"[^>]* value=\"Doris\"", form);
        Assert.Matches("<input [^>]*name=\"DateOfBirth.Year\"[^>]* value=\"1944\"", form);
        Assert.Matches("<input [^>]*name=\"Postcode\"[^>]* value=\"LE13 1AB\"", form);
        var details = new Dictionary<string, string>
        {
            ["GivenName"] = "Doris", ["FamilyName"] = "Whitworth", ["DateOfBirth.Day"] = "14", ["DateOfBirth.Month"] = "8", ["DateOfBirth.Year"] = "1944",
            ["AddressLine1"] = "4 Nottingham Road", ["Postcode"] = "LE13 1AB",
        };

        using var first = await client.PostFormAsync(url, url, details);

        var checkedPage = await first.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("data-testid=\"likely-existing\"", checkedPage, StringComparison.Ordinal);
        Assert.Contains($"name=\"PersonId\" value=\"{people.Doris}\"", checkedPage, StringComparison.Ordinal);
        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(2, await db.People.CountAsync(ct));
        }

        var checkedDetails = CheckedDetails().Match(checkedPage).Groups[1].Value;
        using var second = await client.PostFormAsync(url, url, new Dictionary<string, string>(details) { ["CheckedDetails"] = checkedDetails });

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        await using var after = database.CreateDbContext();
        var contact = await after.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct);
        var created = await after.People.AsNoTracking().SingleAsync(p => p.Id != people.Doris && p.Id != people.Dennis, ct);
        Assert.Equal((created.Id, PersonMatchState.NewPerson), (contact.PersonId, contact.MatchState));
        Assert.Equal((new DateOnly(1944, 8, 14), "LE13 1AB"), (created.DateOfBirth, created.Address?.Postcode.Value));
        Assert.Contains(await after.AuditEvents.AsNoTracking().ToListAsync(ct), e => e.Action == AuditAction.Created && e.RecordType == "Person" && e.RecordId == created.Id.ToString());
        Assert.Contains("New person record created for Doris Whitworth and linked by Amira Khan.", await client.GetStringAsync($"/staff/contacts/{contactId}", ct), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task NewPerson_WithNoLikelyRecord_IsCreatedAtOnce_AndSearchFindsThemStraightAway(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await PeopleToFind.SaveAsync(database);
        var contactId = await UnmatchedAsync(database, new ReportedPerson { GivenName = "Ivy", FamilyName = "Pennington" });
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{contactId}/new-person";

        using var create = await client.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["GivenName"] = "Ivy", ["FamilyName"] = "Pennington", ["DateOfBirth.Day"] = "3", ["DateOfBirth.Month"] = "9", ["DateOfBirth.Year"] = "1950",
        });

        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        await using var db = database.CreateDbContext();
        var ivy = await db.People.AsNoTracking().SingleAsync(p => p.Name.FamilyName == "Pennington", ct);
        using var search = await client.PostFormAsync("/staff/people/search", "/staff/people/search", new Dictionary<string, string> { ["q"] = "Ivy Pennington 3/9/1950" });
        Assert.Contains($"/staff/people/{ivy.Id}", await search.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewPerson_WithoutNamesOrWithABadDate_ShowsGovukErrors()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var contactId = await UnmatchedAsync(database, new ReportedPerson { Postcode = "LE13 1AB" });
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{contactId}/new-person";

        using var response = await client.PostFormAsync(url, url, new Dictionary<string, string> { ["DateOfBirth.Day"] = "31", ["DateOfBirth.Month"] = "2", ["DateOfBirth.Year"] = "1950", ["Postcode"] = "LE13 1AB" });

        var page = await response.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("govuk-error-summary", page, StringComparison.Ordinal);
        Assert.Contains("Enter a first name", page, StringComparison.Ordinal);
        Assert.Contains("Enter a last name", page, StringComparison.Ordinal);
        Assert.Contains("Date of birth must be a real date", page, StringComparison.Ordinal);
        Assert.Contains("Enter address line 1", page, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.People.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Unmatched_ListsContactsThatMatchedNobody_DangerFirstThenNewest_InPages(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var people = await PeopleToFind.SaveAsync(database);
        var older = new List<Guid>();
        for (var i = 0; i < 51; i++)
        {
            older.Add(await UnmatchedAsync(database, new ReportedPerson { FamilyName = $"Older{i:00}" }, FrontDoorAppFactory.Now.AddDays(-10).AddMinutes(i)));
        }

        var inDanger = await UnmatchedAsync(database, new ReportedPerson { FamilyName = "Danger" }, FrontDoorAppFactory.Now.AddDays(-20), inDanger: true);
        var nobodyNamed = await UnmatchedAsync(database, ReportedPerson.Empty);
        var matched = await UnmatchedAsync(database, new ReportedPerson { FamilyName = "Whitworth" }, linkTo: people.Doris);
        await using var app = FrontDoorAppFactory.For(database);
        var noCandidate = await StaffContactsTestKit.ReceiveAsync(app, "Found on the floor by a neighbour.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        Assert.Contains("href=\"/staff/match-review/unmatched\"", await client.GetStringAsync("/staff/match-review", ct), StringComparison.Ordinal);

        var first = await client.GetStringAsync("/staff/match-review/unmatched", ct);
        var second = await client.GetStringAsync("/staff/match-review/unmatched?number=2", ct);

        var firstRows = ContactLinks().Matches(first).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
        var secondRows = ContactLinks().Matches(second).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(50, firstRows.Count);
        Assert.Equal([inDanger, noCandidate, older[50]], firstRows.Take(3));
        Assert.Equal([older[2], older[1], older[0]], secondRows);
        Assert.Contains("53 unmatched", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/match-review/unmatched?number=2\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain(nobodyNamed, firstRows.Concat(secondRows));
        Assert.DoesNotContain(matched, firstRows.Concat(secondRows));
    }

    [Theory]
    [BothProviders]
    public async Task PersonPage_ListsTheirContactsNewestFirst_WithWhatCanBeDoneNext(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var people = await PeopleToFind.SaveAsync(database);
        var older = await UnmatchedAsync(database, ReportedPerson.Empty, FrontDoorAppFactory.Now.AddDays(-30), linkTo: people.Doris);
        var newer = await UnmatchedAsync(database, ReportedPerson.Empty, FrontDoorAppFactory.Now.AddDays(-1), linkTo: people.Doris);
        var someoneElses = await UnmatchedAsync(database, ReportedPerson.Empty, linkTo: people.Dennis);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var page = await client.GetStringAsync($"/staff/people/{people.Doris}", ct);

        var listed = ContactLinks().Matches(page).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal([newer, older], listed);
        Assert.DoesNotContain(someoneElses, listed);
        Assert.Contains($"href=\"/staff/phone/record?personId={people.Doris}\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task PersonPage_ForAManager_LinksEachUndecidedDuplicatePairTheRecordIsIn(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var people = await PeopleToFind.SaveAsync(database);
        var pair = new ProbableDuplicate(Guid.CreateVersion7(), people.Dennis, people.Doris, 0.9, "same family name; same postcode", FrontDoorAppFactory.Now.AddDays(-1));
        await using (var db = database.CreateDbContext())
        {
            db.ProbableDuplicates.Add(pair);
            await db.SaveChangesAsync(ct);
        }

        await using var app = FrontDoorAppFactory.For(database);
        using var manager = app.CreateBrowserLikeClient();
        (await manager.SignInAsDemoUserAsync("demo-team-manager")).Dispose();
        using var advisor = app.CreateBrowserLikeClient();
        (await advisor.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var page = await manager.GetStringAsync($"/staff/people/{people.Doris}", ct);

        Assert.Contains($"href=\"/staff/duplicates/{pair.Id}\" data-testid=\"person-duplicate\">Decide whether Dennis Whitworth is the same person</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/staff/duplicates/", await advisor.GetStringAsync($"/staff/people/{people.Doris}", ct), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task ContactPage_AsTheyDescribedThem_ShowsWhatTheCallerGave_NotTheChosenRecord(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var people = await PeopleToFind.SaveAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        Guid contactId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var receipt = await scope.ServiceProvider.GetRequiredService<PhoneContactRecorder>().RecordAsync(new PhoneContactDetails
            {
                CallerIs = ContactSource.Self,
                PersonId = people.Doris,
                Reported = new ReportedPerson { GivenName = "Doris", FamilyName = "Whitworth", DateOfBirthAsGiven = "14/8/44", DateOfBirth = new DateOnly(1944, 8, 14), Phone = "0116 496 0123" },
                Story = "Asking about help with shopping.",
                Actor = "demo-advisor",
            }, ct);
            contactId = receipt.ContactId;
        }

        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var page = await client.GetStringAsync($"/staff/contacts/{contactId}", ct);

        var described = page[page.IndexOf("data-testid=\"reported-person\"", StringComparison.Ordinal)..];
        described = described[..described.IndexOf("</dl>", StringComparison.Ordinal)];
        Assert.Contains("<dt class=\"govuk-summary-list__key\">Date of birth</dt><dd class=\"govuk-summary-list__value\">14/8/44</dd>", described, StringComparison.Ordinal);
        Assert.Contains("<dt class=\"govuk-summary-list__key\">NHS number</dt><dd class=\"govuk-summary-list__value\">Not given</dd>", described, StringComparison.Ordinal);
        Assert.Contains("<dt class=\"govuk-summary-list__key\">Postcode</dt><dd class=\"govuk-summary-list__value\">Not given</dd>", described, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(people.Doris, (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct)).PersonId);
    }

    [Theory]
    [BothProviders]
    public async Task ContactsList_About_ShowsTheMatchedPersonsName(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var people = await PeopleToFind.SaveAsync(database);
        await UnmatchedAsync(database, ReportedPerson.Empty, linkTo: people.Dennis);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        var list = await client.GetStringAsync("/staff/contacts", ct);

        Assert.Contains("<td class=\"govuk-table__cell\" data-testid=\"contact-about\">Dennis Whitworth</td>", list, StringComparison.Ordinal);
    }

    /// <summary>An open contact as processing leaves one that matched nobody (or, with <paramref name="linkTo"/>, someone).</summary>
    private static async Task<Guid> UnmatchedAsync(TestDatabase database, ReportedPerson reported, DateTimeOffset? receivedAt = null, bool inDanger = false, Guid? linkTo = null)
    {
        await using var db = database.CreateDbContext();
        var at = receivedAt ?? FrontDoorAppFactory.Now.AddHours(-1);
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Email, ContactSource.Police, at, "Welfare concern for an older woman.");
        contact.RecordWhatWasReported(reported, Core.People.CommunicationNeeds.None, ContactConsent.NotAsked, new ImmediateRisk(InDangerNow: inDanger), null);
        contact.Open(at);
        if (linkTo is { } personId)
        {
            contact.MatchTo(personId);
        }
        else
        {
            contact.LeaveUnmatched();
        }

        db.Contacts.Add(contact);
        db.ContactTimelineEntries.Add(new ContactTimelineEntry(Guid.CreateVersion7(), contact.Id, at, "processing", TimelineEntryKind.Received, "Contact received."));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return contact.Id;
    }

    [GeneratedRegex("name=\"CheckedDetails\" value=\"([0-9A-F]+)\"")]
    private static partial Regex CheckedDetails();

    [GeneratedRegex("href=\"/staff/contacts/([0-9a-f-]{36})\" data-testid=\"(?:unmatched-contact-link|person-contact-link)\"")]
    private static partial Regex ContactLinks();
}
