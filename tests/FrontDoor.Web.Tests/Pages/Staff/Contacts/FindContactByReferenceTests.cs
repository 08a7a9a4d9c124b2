using System.Net;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Staff.Contacts;

public sealed class FindContactByReferenceTests
{
    [Theory]
    [BothProviders]
    public async Task Get_ExactReference_GoesToTheContactPage(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (contactId, reference) = await OneContactAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app);

        using var response = await client.GetAsync($"/staff/contacts/find?reference={reference}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/staff/contacts/{contactId}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_ReferenceTypedLoosely_StillFindsTheContact()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var (contactId, reference) = await OneContactAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app);
        var code = reference["FD-".Length..].ToLowerInvariant();

        foreach (var typed in new[] { $"fd-{code}", $"{code[..4]} {code[4..]}", code })
        {
            using var response = await client.GetAsync($"/staff/contacts/find?reference={Uri.EscapeDataString(typed)}", TestContext.Current.CancellationToken);

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"'{typed}' gave {(int)response.StatusCode}");
            Assert.Equal($"/staff/contacts/{contactId}", response.Headers.Location?.OriginalString);
        }
    }

    [Theory]
    [InlineData("FD-4K7M2QXP", "No contact has the reference FD-4K7M2QXP. Check the reference and enter it again")]
    [InlineData("FD-12345", "Enter a contact reference in the correct format: FD- and 8 letters and numbers, like FD-4K7M2QXP")]
    [InlineData("Edith Marsh", "Enter a contact reference in the correct format: FD- and 8 letters and numbers, like FD-4K7M2QXP")]
    [InlineData("", "Enter a contact reference")]
    public async Task Get_UnknownOrMalformedReference_ShowsTheGovukErrorSummarySayingWhatToType(string typed, string message)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await OneContactAsync(database);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app);

        using var response = await client.GetAsync($"/staff/contacts/find?reference={Uri.EscapeDataString(typed)}", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h2 class=\"govuk-error-summary__title\">There is a problem</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#Reference\">{message}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<span class=\"govuk-visually-hidden\">Error:</span> {message}</p>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Error: Find a contact by its reference", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AnyStaffPage_HasTheReferenceSearchBox()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = await SignedInAsync(app);

        foreach (var url in new[] { "/staff", "/staff/contacts", "/staff/people/search" })
        {
            var html = await client.GetStringAsync(url, TestContext.Current.CancellationToken);

            Assert.Contains("<form method=\"get\" action=\"/staff/contacts/find\" novalidate>", html, StringComparison.Ordinal);
            Assert.Contains("<label class=\"govuk-label govuk-label--s moj-search__label\" for=\"contact-search-reference\">Find a contact by its reference</label>", html, StringComparison.Ordinal);
        }
    }

    private static async Task<(Guid Id, string Reference)> OneContactAsync(TestDatabase database)
    {
        var contactId = await StaffContactsTestKit.FailedAsync(database, "Could not read the message.");
        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, TestContext.Current.CancellationToken);
        return (contactId, contact.Reference.Value);
    }

    private static async Task<HttpClient> SignedInAsync(FrontDoorAppFactory app)
    {
        var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        return client;
    }
}
