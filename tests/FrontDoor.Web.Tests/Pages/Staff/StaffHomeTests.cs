using System.Net;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;

namespace FrontDoor.Web.Tests.Pages.Staff;

public sealed class StaffHomeTests
{
    [Theory]
    [BothProviders]
    public async Task Get_AfterDemoSignInAsAdvisor_ShowsNameRoleAndLiveContactCounts(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await AddContactsAsync(database, open: 3, closed: 1, received: 2);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await client.GetAsync("/staff", ct);
        var html = await response.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<span data-testid=\"user-name\">Amira Khan</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span data-testid=\"user-role\">Advisor</span>", html, StringComparison.Ordinal);
        Assert.Contains("Open contacts: <strong>3</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"govuk-table__header\" scope=\"row\">Received, not yet processed</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">2</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"govuk-table__header\" scope=\"row\">Closed</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">1</td>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"moj-header\"", html, StringComparison.Ordinal);
    }

    private static async Task AddContactsAsync(TestDatabase database, int open, int closed, int received)
    {
        await using var db = database.CreateDbContext();
        var when = FrontDoorAppFactory.Now.AddDays(-1);
        Contact NewContact() => new(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Phone, ContactSource.Self, when, "I need help with washing and dressing.");
        for (var i = 0; i < open; i++)
        {
            var contact = NewContact();
            contact.Open(when);
            db.Contacts.Add(contact);
        }

        for (var i = 0; i < closed; i++)
        {
            var contact = NewContact();
            contact.Open(when);
            contact.Close(ContactOutcome.InformationAndAdvice, when);
            db.Contacts.Add(contact);
        }

        for (var i = 0; i < received; i++)
        {
            db.Contacts.Add(NewContact());
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
