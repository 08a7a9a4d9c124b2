using System.Net;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.Web.Tests.Pages.Staff.Contacts;

public sealed class ContactListPageTests
{
    [Fact]
    public async Task Get_MoreContactsThanAPage_PagesThroughThemAll_AndTheLastPageHoldsTheOldest()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var contacts = await AddAsync(database, Enumerable.Range(0, 120).Select(i => NewContact(FrontDoorAppFactory.Now.AddMinutes(-120 + i))).ToArray());
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app);

        var first = await client.GetStringAsync("/staff/contacts", ct);
        var second = await client.GetStringAsync("/staff/contacts?pageNumber=2", ct);
        var third = await client.GetStringAsync("/staff/contacts?pageNumber=3", ct);

        Assert.Contains("120 contacts, 1 to 50 shown, newest first", first, StringComparison.Ordinal);
        Assert.Contains(Link(contacts[119]), first, StringComparison.Ordinal);
        Assert.DoesNotContain(Link(contacts[69]), first, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/contacts?pageNumber=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains(Link(contacts[69]), second, StringComparison.Ordinal);
        Assert.Contains("120 contacts, 101 to 120 shown, newest first", third, StringComparison.Ordinal);
        Assert.Contains(Link(contacts[0]), third, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", third, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FilteredListOverSeveralPages_KeepsTheFiltersOnEveryPageLink()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var fromPolice = await AddAsync(database, Enumerable.Range(0, 55).Select(i => NewContact(FrontDoorAppFactory.Now.AddMinutes(-60 + i), ContactSource.Police)).ToArray());
        var fromSelf = await AddAsync(database, NewContact(FrontDoorAppFactory.Now.AddMinutes(-100)));
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app);

        var first = await client.GetStringAsync("/staff/contacts?Source=Police&ReceivedFrom.Day=1&ReceivedFrom.Month=3&ReceivedFrom.Year=2026", ct);
        var second = await client.GetStringAsync("/staff/contacts?Source=Police&ReceivedFrom.Day=1&ReceivedFrom.Month=3&ReceivedFrom.Year=2026&pageNumber=2", ct);

        Assert.Contains("href=\"/staff/contacts?Source=Police&amp;ReceivedFrom.Day=1&amp;ReceivedFrom.Month=3&amp;ReceivedFrom.Year=2026&amp;pageNumber=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("55 contacts, 51 to 55 shown, newest first", second, StringComparison.Ordinal);
        Assert.Contains(Link(fromPolice[0]), second, StringComparison.Ordinal);
        Assert.DoesNotContain(Link(fromSelf[0]), second, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/contacts?Source=Police&amp;ReceivedFrom.Day=1&amp;ReceivedFrom.Month=3&amp;ReceivedFrom.Year=2026&amp;pageNumber=1\" rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.Matches("<input checked=\"checked\"[^>]*value=\"Police\"", second);
        Assert.Matches("<input checked=\"checked\"[^>]*name=\"Matched\" type=\"radio\" value=\"\"", second);
        Assert.Contains("name=\"ReceivedFrom.Year\" type=\"text\" value=\"2026\"", second, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Get_EachFilter_ListsOnlyTheContactsItMatches(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var person = new Person(Guid.CreateVersion7(), new PersonName("Edith", "Marsh"), FrontDoorAppFactory.Now);
        await using (var db = database.CreateDbContext())
        {
            db.People.Add(person);
            await db.SaveChangesAsync(ct);
        }

        var matched = NewContact(new DateTimeOffset(2026, 2, 10, 12, 0, 0, TimeSpan.Zero), ContactSource.Hospital, ContactChannel.Email);
        matched.MatchTo(person.Id);
        var unmatched = NewContact(new DateTimeOffset(2026, 2, 20, 12, 0, 0, TimeSpan.Zero), ContactSource.Police, ContactChannel.PartnerApi);
        var closed = NewContact(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        closed.Close(ContactOutcome.InformationAndAdvice, FrontDoorAppFactory.Now);
        await AddAsync(database, matched, unmatched, closed);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app);

        async Task<IEnumerable<Contact>> Listed(string query)
        {
            var html = await client.GetStringAsync("/staff/contacts?" + query, ct);
            return new[] { matched, unmatched, closed }.Where(c => html.Contains(Link(c), StringComparison.Ordinal));
        }

        Assert.Equal([unmatched], await Listed("Source=Police"));
        Assert.Equal([matched, unmatched], await Listed("Source=Police&Source=Hospital"));
        Assert.Equal([matched], await Listed("Channel=Email"));
        Assert.Equal([closed], await Listed("Status=Closed"));
        Assert.Equal([matched], await Listed("Matched=yes"));
        Assert.Equal([unmatched, closed], await Listed("Matched=no"));
        Assert.Equal([unmatched, closed], await Listed("ReceivedFrom.Day=20&ReceivedFrom.Month=2&ReceivedFrom.Year=2026"));
        Assert.Equal([matched, unmatched], await Listed("ReceivedTo.Day=20&ReceivedTo.Month=2&ReceivedTo.Year=2026"));
        Assert.Equal([unmatched], await Listed("ReceivedFrom.Day=11&ReceivedFrom.Month=2&ReceivedFrom.Year=2026&ReceivedTo.Day=28&ReceivedTo.Month=2&ReceivedTo.Year=2026"));
        Assert.Equal([matched, unmatched, closed], await Listed(string.Empty));
    }

    [Theory]
    [InlineData("ReceivedFrom.Day=31&ReceivedFrom.Month=2&ReceivedFrom.Year=2026", "ReceivedFrom", "Received from must be a real date")]
    [InlineData("ReceivedTo.Day=1&ReceivedTo.Month=3", "ReceivedTo", "Received to must be a real date")]
    [InlineData("ReceivedFrom.Day=2&ReceivedFrom.Month=3&ReceivedFrom.Year=2026&ReceivedTo.Day=1&ReceivedTo.Month=3&ReceivedTo.Year=2026", "ReceivedFrom", "Received from must be the same as or before received to")]
    public async Task Get_BadReceivedDates_ShowTheGovukErrorsAndKeepWhatWasTyped(string query, string field, string message)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var contact = await AddAsync(database, NewContact(FrontDoorAppFactory.Now.AddDays(-1)));
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app);

        using var response = await client.GetAsync("/staff/contacts?" + query, ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<a href=\"#{field}\">{message}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"govuk-visually-hidden\">Error:</span> {message}</p>", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"{field}\" inputmode=\"numeric\" name=\"{field}.Day\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>Error: Contacts", html, StringComparison.Ordinal);
        // The date that is wrong filters nothing: the list still shows.
        Assert.Contains(Link(contact[0]), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DrillDownFromAKpi_KeepsItsAgeBandAndAreaInTheSharedFilterPanelsForm_AndOffersClearFilters()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await AddAsync(database, NewContact(FrontDoorAppFactory.Now.AddDays(-1)));
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app);

        var html = await client.GetStringAsync("/staff/contacts?AgeBand=85%20and%20over&Area=SK10&ChaseCalls=yes", ct);

        // One GET form (the shared _FilterPanel) carries the drill-down's filters, so applying another filter keeps them.
        var form = System.Text.RegularExpressions.Regex.Match(html, "<form method=\"get\" action=\"/staff/contacts\" novalidate data-testid=\"contact-filters\">(.*?)</form>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(form.Success, "The contacts list has no shared filter panel form.");
        var inside = form.Groups[1].Value;
        Assert.Contains("<input type=\"hidden\" name=\"AgeBand\" value=\"85 and over\" data-testid=\"filter-age-band\" />", inside, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"Area\" value=\"SK10\" data-testid=\"filter-area\" />", inside, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"ChaseCalls\" value=\"yes\" data-testid=\"filter-chase-calls\" />", inside, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"apply-filters\"", inside, StringComparison.Ordinal);
        Assert.Contains("name=\"Source\"", inside, StringComparison.Ordinal);
        Assert.Contains("<a class=\"govuk-link\" href=\"/staff/contacts\" data-testid=\"clear-filters\">Clear filters</a>", inside, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class=\"moj-filter\""));
    }

    [Fact]
    public async Task Get_ContactsTable_ScrollsInAFocusableLabelledRegion()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await AddAsync(database, NewContact(FrontDoorAppFactory.Now.AddDays(-1)));
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app);

        var html = await client.GetStringAsync("/staff/contacts", ct);

        Assert.Contains("<div class=\"app-table-region\" role=\"region\" aria-label=\"Contacts, newest first\" tabindex=\"0\" data-testid=\"contacts-region\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("moj-scrollable-pane", html, StringComparison.Ordinal);
    }

    private static string Link(Contact contact) => $"href=\"/staff/contacts/{contact.Id}\"";

    private static Contact NewContact(DateTimeOffset receivedAt, ContactSource source = ContactSource.Self, ContactChannel channel = ContactChannel.Phone)
    {
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), channel, source, receivedAt, "Needs help with washing and dressing.");
        contact.RecordWhatWasReported(ReportedPerson.Empty, CommunicationNeeds.None, ContactConsent.NotAsked, ImmediateRisk.NotAsked, null);
        contact.Open(receivedAt);
        return contact;
    }

    private static async Task<Contact[]> AddAsync(TestDatabase database, params Contact[] contacts)
    {
        await using var db = database.CreateDbContext();
        db.Contacts.AddRange(contacts);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return contacts;
    }

    private static async Task<HttpClient> SignedInAsync(FrontDoorAppFactory app)
    {
        var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        return client;
    }
}
