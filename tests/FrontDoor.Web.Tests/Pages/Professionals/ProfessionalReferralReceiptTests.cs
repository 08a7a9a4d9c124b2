using System.Net;
using System.Text.RegularExpressions;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.TestCommon.Databases;
using FrontDoor.TestCommon.Notify;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Professionals;

/// <summary>The e-form's completeness receipt, emailed through the outbox to the fake Notify after sending the form through its pages.</summary>
public sealed partial class ProfessionalReferralReceiptTests
{
    [Theory]
    [BothProviders]
    public async Task Send_WithTheSendersEmail_EmailsTheReceiptThePageShows_WithTheReference_AndNothingAboutThePerson(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, notify.Configuration());
        using var client = app.CreateBrowserLikeClient();
        var answers = ReferralAnswers.Minimal("police");
        answers.AboutYou["Sender.Email"] = "sam.okafor@example.pnn.police.uk";

        var confirmation = await new ReferralFormClient(client).SendAsync("police", answers);
        await app.RunOutboxSendJobAsync(ct);

        var shown = MissingItems(confirmation);
        Assert.Contains("their NHS number", shown);
        var email = Assert.Single(notify.Accepted);
        Assert.Equal(TemplateId(notify, NotifyTemplates.ReferralReceivedEmail), email.TemplateId);
        Assert.Equal("sam.okafor@example.pnn.police.uk", email.Recipient);
        Assert.Equal(ReferralFormClient.Reference(confirmation), email.Personalisation["reference"]);
        Assert.Equal(string.Join("\n", shown.Select(item => "- " + item)), email.Personalisation["include_next_time"]);
        foreach (var personal in new[] { "Edith", "Marsh", "Mill Lane", "LE11", "1948", "Found on the floor" })
        {
            Assert.DoesNotContain(email.Personalisation.Values, value => value.Contains(personal, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Theory]
    [BothProviders]
    public async Task Send_WithoutAnEmailAddress_EmailsNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var notify = await FakeNotify.StartAsync();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, notify.Configuration());
        using var client = app.CreateBrowserLikeClient();

        var confirmation = await new ReferralFormClient(client).SendAsync("police", ReferralAnswers.Minimal("police"));
        await app.RunOutboxSendJobAsync(ct);

        Assert.NotEmpty(ReferralFormClient.Reference(confirmation));
        Assert.Empty(notify.Requests);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.OutboxMessages.CountAsync(ct));
    }

    [Fact]
    public async Task AboutYou_SaysTheEmailAddressGetsTheReceipt()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        var form = new ReferralFormClient(client);
        await form.StartAsync("police");

        Assert.Contains("We will email you a receipt of your referral here.", WebUtility.HtmlDecode(await form.GetAsync("about-you")), StringComparison.Ordinal);
    }

    private static List<string> MissingItems(string confirmation)
    {
        var list = MissingList().Match(confirmation);
        Assert.True(list.Success, "The confirmation page lists nothing to include next time.");
        return [.. ListItem().Matches(list.Groups[1].Value).Select(item => WebUtility.HtmlDecode(item.Groups[1].Value.Trim()))];
    }

    private static string TemplateId(FakeNotify notify, NotifyTemplate template) =>
        notify.Templates.Single(t => t.Name == template.Name).Id.ToString("D");

    [GeneratedRegex("data-testid=\"missing-desirable\">(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex MissingList();

    [GeneratedRegex("<li>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex ListItem();
}
