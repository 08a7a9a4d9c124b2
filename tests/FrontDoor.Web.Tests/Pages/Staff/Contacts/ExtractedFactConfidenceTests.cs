using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Web.Tests.Pages.Staff.Contacts;

/// <summary>Issue 15: the advisor sees how sure FrontDoor is of each fact it read from an email.</summary>
public sealed class ExtractedFactConfidenceTests
{
    [Theory]
    [BothProviders]
    public async Task ContactPage_ForAnEmail_ShowsTheConfidenceOfEachFactReadFromIt(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        Guid contactId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var receipt = await scope.ServiceProvider.GetRequiredService<ContactIntake>().ReceiveAndProcessAsync(new IntakeSubmission
            {
                Channel = ContactChannel.Email,
                Source = ContactSource.CareProvider,
                RawPayload = "From: office@oakcare.co.uk"u8.ToArray(),
                RawContentType = "message/rfc822",
                Story = "Concern\n\nName: Ada Example\nWe support her at home; she fell twice this week. Office postcode for reference le2 1ab.",
                Caller = new Caller("Oak Care", Email: "office@oakcare.co.uk"),
                Actor = "mailbox",
            }, ct);
            contactId = receipt.ContactId;
        }

        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var page = await client.GetStringAsync($"/staff/contacts/{contactId}", ct);

        Assert.Matches("data-testid=\"read-confidence-name\"><strong class=\"govuk-tag[^\"]*\">High confidence</strong>", page);
        Assert.Matches("data-testid=\"read-confidence-postcode\"><strong class=\"govuk-tag[^\"]*\">Low confidence</strong>", page);
        Assert.DoesNotContain("data-testid=\"read-confidence-dateofbirth\"", page, StringComparison.Ordinal);
    }
}
