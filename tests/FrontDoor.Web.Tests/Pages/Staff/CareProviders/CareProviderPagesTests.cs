using System.Net;
using System.Text.Encodings.Web;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Email;
using FrontDoor.Core.Contacts.Email.CareProviders;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Staff.CareProviders;

public sealed class CareProviderPagesTests
{
    private const string List = "/staff/care-providers";
    private const string Add = "/staff/care-providers/add";

    [Theory]
    [BothProviders]
    public async Task List_AsAdministrator_MarksConfiguredDomainsFromConfiguration_AndOffersToRemoveOnlyStoredOnes(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var stored = await StoreDomainAsync(database, "willowhomes.org.uk", "Willow Homes");
        await using var app = FrontDoorAppFactory.For(database, WithConfiguredDomain("oakcare.co.uk"));
        using var admin = await SignedInAsync(app, "demo-administrator");

        var home = await admin.GetStringAsync("/staff", ct);
        using var response = await admin.GetAsync(List, ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Contains("data-testid=\"care-providers-link\"", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var configured = Row(html, "oakcare.co.uk");
        Assert.Contains("From configuration", configured, StringComparison.Ordinal);
        Assert.DoesNotContain("Remove", configured, StringComparison.Ordinal);
        var added = Row(html, "willowhomes.org.uk");
        Assert.Contains("Willow Homes", added, StringComparison.Ordinal);
        Assert.Contains($"href=\"/staff/care-providers/{stored}/remove\"", added, StringComparison.Ordinal);
        Assert.DoesNotContain("From configuration", added, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Add_AsAdministrator_StoresTheDomainLowerCased_AuditsIt_AndListsItUnderABanner(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var admin = await SignedInAsync(app, "demo-administrator");

        using var posted = await admin.PostFormAsync(Add, Add, new Dictionary<string, string> { ["Domain"] = " WillowHomes.ORG.uk ", ["OrganisationName"] = "Willow Homes" });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(List, posted.Headers.Location!.OriginalString);
        var list = await admin.GetStringAsync(List, ct);
        Assert.Contains("willowhomes.org.uk is now on the care-provider list.", list, StringComparison.Ordinal);
        Assert.Contains("Willow Homes", Row(list, "willowhomes.org.uk"), StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        var domain = await db.CareProviderDomains.AsNoTracking().SingleAsync(ct);
        Assert.Equal("willowhomes.org.uk", domain.Domain);
        Assert.Equal("Dev Patel", domain.AddedBy);
        var audit = await db.AuditEvents.AsNoTracking().SingleAsync(a => a.RecordType == CareProviderDomains.RecordType, ct);
        Assert.Equal((AuditAction.Created, "demo-administrator", AuditEvent.IdOf(domain.Id)), (audit.Action, audit.Actor, audit.RecordId));
    }

    [Theory]
    [InlineData("", "Enter the care provider's email domain, like oakcare.co.uk")]
    [InlineData("manager@oakcare.co.uk", "Enter the domain only, the part of the email address after the @, like oakcare.co.uk")]
    [InlineData("gmail.com", "gmail.com is an email provider anyone can use: adding it would class members of the public as a care provider")]
    [InlineData("oakcare.co.uk", "oakcare.co.uk is already on the list, from configuration")]
    public async Task Add_WithADomainTheServiceRefuses_ShowsItsMessageInTheErrorSummaryAndBesideTheField_AndStoresNothing(string domain, string message)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database, WithConfiguredDomain("oakcare.co.uk"));
        using var admin = await SignedInAsync(app, "demo-administrator");

        using var posted = await admin.PostFormAsync(Add, Add, new Dictionary<string, string> { ["Domain"] = domain, ["OrganisationName"] = "Oak Care" });
        var html = await posted.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var encoded = HtmlEncoder.Default.Encode(message);
        Assert.Contains("<title>Error: ", html, StringComparison.Ordinal);
        Assert.Contains($"<li><a href=\"#Domain\">{encoded}</a></li>", html, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"govuk-visually-hidden\">Error:</span> {encoded}</p>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Oak Care\"", html, StringComparison.Ordinal); // what they typed is kept
        await using var db = database.CreateDbContext();
        Assert.Empty(await db.CareProviderDomains.AsNoTracking().ToListAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Remove_AsksFirst_ThenTakesTheDomainOffAndAuditsIt(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var id = await StoreDomainAsync(database, "willowhomes.org.uk", null);
        await using var app = FrontDoorAppFactory.For(database);
        using var admin = await SignedInAsync(app, "demo-administrator");
        var remove = $"/staff/care-providers/{id}/remove";

        var confirm = await admin.GetStringAsync(remove, ct);
        Assert.Contains("Remove <span data-testid=\"domain-to-remove\">willowhomes.org.uk</span> from the care-provider list?", confirm, StringComparison.Ordinal);
        await using (var before = database.CreateDbContext())
        {
            Assert.Single(await before.CareProviderDomains.AsNoTracking().ToListAsync(ct)); // asking removed nothing
        }

        using var posted = await admin.PostFormAsync(remove, remove, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(List, posted.Headers.Location!.OriginalString);
        var list = await admin.GetStringAsync(List, ct);
        Assert.Contains("willowhomes.org.uk is no longer on the care-provider list.", list, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"domain-willowhomes.org.uk\"", list, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Empty(await db.CareProviderDomains.AsNoTracking().ToListAsync(ct));
        var audit = await db.AuditEvents.AsNoTracking().SingleAsync(a => a.RecordType == CareProviderDomains.RecordType, ct);
        Assert.Equal((AuditAction.Removed, "demo-administrator", AuditEvent.IdOf(id)), (audit.Action, audit.Actor, audit.RecordId));
    }

    [Theory]
    [InlineData("demo-advisor")]
    [InlineData("demo-team-manager")]
    public async Task EveryPage_AsAnyoneButAnAdministrator_IsRefusedWithTheAccessDeniedRedirect_AndChangesNothing(string demoUser)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var id = await StoreDomainAsync(database, "willowhomes.org.uk", null);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app, demoUser);

        foreach (var url in new[] { List, Add, $"/staff/care-providers/{id}/remove" })
        {
            using var response = await client.GetAsync(url, ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://localhost/sign-in/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        // A form posted with a valid token from a page they may see is refused all the same.
        var contactId = await UnconfirmedContactAsync(database);
        using var add = await client.PostFormAsync($"/staff/contacts/{contactId}", Add, new Dictionary<string, string> { ["Domain"] = "rosecare.co.uk" });
        using var remove = await client.PostFormAsync($"/staff/contacts/{contactId}", $"/staff/care-providers/{id}/remove", new Dictionary<string, string>());
        Assert.StartsWith("https://localhost/sign-in/access-denied", add.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("https://localhost/sign-in/access-denied", remove.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("care-providers-link", await client.GetStringAsync("/staff", ct), StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(["willowhomes.org.uk"], await db.CareProviderDomains.AsNoTracking().Select(d => d.Domain).ToListAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task ContactFromAnUnconfirmedOrganisation_AdministratorConfirmsTheSender_ThroughTheAddFormPrefilled_AndIsBackOnTheContactNowFromACareProvider(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var contactId = await UnconfirmedContactAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var admin = await SignedInAsync(app, "demo-administrator");
        var contactUrl = $"/staff/contacts/{contactId}";
        var addUrl = $"{Add}?domain=willowhomes.org.uk&contact={contactId}";

        var contact = await admin.GetStringAsync(contactUrl, ct);
        Assert.Contains($"href=\"{addUrl.Replace("&", "&amp;", StringComparison.Ordinal)}\" data-testid=\"confirm-sender-link\">Confirm this sender is a care provider</a>", contact, StringComparison.Ordinal);
        var form = await admin.GetStringAsync(addUrl, ct);
        Assert.Matches("<input [^>]*name=\"Domain\"[^>]* value=\"willowhomes.org.uk\"", form);
        Assert.Contains($"<input type=\"hidden\" name=\"contact\" value=\"{contactId}\">", form, StringComparison.Ordinal);
        Assert.Contains($"href=\"{contactUrl}\" class=\"govuk-back-link\"", form, StringComparison.Ordinal);

        using var posted = await admin.PostFormAsync(addUrl, Add, new Dictionary<string, string> { ["Domain"] = "willowhomes.org.uk", ["contact"] = contactId.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(contactUrl, posted.Headers.Location!.OriginalString);
        var after = await admin.GetStringAsync(contactUrl, ct);
        Assert.Contains("willowhomes.org.uk is now on the care-provider list. This contact is now from a care provider.", after, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"govuk-summary-list__value\">Care provider</dd>", after, StringComparison.Ordinal);
        Assert.Contains("Sender confirmed as a care provider: willowhomes.org.uk added to the care-provider list.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("confirm-sender-link", after, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(ContactSource.CareProvider, (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct)).Source);
        Assert.Contains(await db.ContactTimelineEntries.AsNoTracking().Where(e => e.ContactId == contactId).ToListAsync(ct), e => e.Kind == TimelineEntryKind.SenderConfirmed);
    }

    [Fact]
    public async Task ConfirmSenderLink_IsShownOnlyToAdministrators_AndOnlyForAnUnconfirmedOrganisation()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var unconfirmed = await UnconfirmedContactAsync(database);
        var socialWorker = await ContactAsync(database, ContactSource.OtherProfessional, new Caller("Sam Lee", "Social worker", "Westshire Council", Email: "sam.lee@westshire.gov.uk"));
        var provider = await ContactAsync(database, ContactSource.CareProvider, new Caller("Oak Care", null, "oakcare.co.uk", Email: "office@oakcare.co.uk"));
        await using var app = FrontDoorAppFactory.For(database);
        using var admin = await SignedInAsync(app, "demo-administrator");
        using var advisor = await SignedInAsync(app, "demo-advisor");

        Assert.Contains("data-testid=\"confirm-sender-link\"", await admin.GetStringAsync($"/staff/contacts/{unconfirmed}", ct), StringComparison.Ordinal);
        Assert.DoesNotContain("confirm-sender-link", await advisor.GetStringAsync($"/staff/contacts/{unconfirmed}", ct), StringComparison.Ordinal);
        Assert.DoesNotContain("confirm-sender-link", await admin.GetStringAsync($"/staff/contacts/{socialWorker}", ct), StringComparison.Ordinal);
        Assert.DoesNotContain("confirm-sender-link", await admin.GetStringAsync($"/staff/contacts/{provider}", ct), StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> WithConfiguredDomain(string domain) => new()
    {
        // A mailbox that is never reached (hourly, on a closed port): the configured list is read from its section.
        ["Intake:Mailbox:Host"] = "127.0.0.1",
        ["Intake:Mailbox:Port"] = "1",
        ["Intake:Mailbox:UseTls"] = "None",
        ["Intake:Mailbox:Username"] = "frontdoor",
        ["Intake:Mailbox:Password"] = "unused",
        ["Intake:Mailbox:PollInterval"] = "01:00:00",
        ["Intake:Mailbox:CareProviderDomains:0"] = domain,
        ["Messages:StaffSiteUrl"] = "https://frontdoor.example.gov.uk/",
    };

    private static async Task<HttpClient> SignedInAsync(FrontDoorAppFactory app, string demoUser)
    {
        var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync(demoUser)).Dispose();
        return client;
    }

    private static string Row(string html, string domain)
    {
        var start = html.IndexOf($"data-testid=\"domain-{domain}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row for {domain}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static async Task<Guid> StoreDomainAsync(TestDatabase database, string domain, string? organisation)
    {
        await using var db = database.CreateDbContext();
        var stored = new CareProviderDomain(Guid.CreateVersion7(), domain, organisation, "Someone Else", FrontDoorAppFactory.Now.AddDays(-3));
        db.CareProviderDomains.Add(stored);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return stored.Id;
    }

    private static Task<Guid> UnconfirmedContactAsync(TestDatabase database) =>
        ContactAsync(database, ContactSource.OtherProfessional, new Caller("Willow Homes", SenderClassifier.UnconfirmedOrganisation, "willowhomes.org.uk", Email: "manager@willowhomes.org.uk"));

    private static async Task<Guid> ContactAsync(TestDatabase database, ContactSource source, Caller caller)
    {
        await using var db = database.CreateDbContext();
        var at = FrontDoorAppFactory.Now.AddHours(-2);
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Email, source, at, "We are worried about a resident who has stopped eating.", caller);
        contact.Open(at);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return contact.Id;
    }
}
