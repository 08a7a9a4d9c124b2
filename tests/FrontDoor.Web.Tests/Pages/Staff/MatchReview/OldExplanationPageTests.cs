using System.Net;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Staff.MatchReview;

public sealed class OldExplanationPageTests
{
    private static readonly string[] OtherPeoplesData = ["Marsh", "Oakley", "Mill Lane", "Quarry Road"];

    [Theory]
    [BothProviders]
    public async Task AContactMatchedBeforeReasonsOnly_IsCleanedWhenTheAppStarts_AndItsReviewAndContactPagesStillRender(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var now = FrontDoorAppFactory.Now;
        var edith = new Person(Guid.CreateVersion7(), new PersonName("Edith", "Marsh"), now.AddYears(-3));
        var other = new Person(Guid.CreateVersion7(), new PersonName("Winifred", "Oakley"), now.AddYears(-3));
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Email, ContactSource.Police, now.AddDays(-40), "Welfare concern for a woman living alone.");
        contact.RecordWhatWasReported(new ReportedPerson { GivenName = "Edie", FamilyName = "Marsh" }, CommunicationNeeds.None, ContactConsent.NotAsked, ImmediateRisk.NotAsked, null);
        contact.MarkForMatchReview();
        contact.ExplainMatch($$"""
            {"engine":"probabilistic","decision":"the best record is in the review band","candidates":[
              {"personId":"{{edith.Id}}","probability":0.93,"band":"Review","fields":[{"field":"FamilyName","level":"Same","weight":7.2,"description":"same family name Marsh"}]},
              {"personId":"{{other.Id}}","probability":0.62,"band":"Review","fields":[
                {"field":"FamilyName","level":"Different","weight":0.01,"description":"different family names (Marsh / Oakley)"},
                {"field":"Street","level":"Different","weight":-1.5,"description":"different streets (Mill Lane / Quarry Road)"}]}]}
            """);
        await using (var db = database.CreateDbContext())
        {
            db.AddRange(edith, other, contact);
            await db.SaveChangesAsync(ct);

            // A database from before the fix.
            await db.DataFixes.Where(f => f.Name == MatchExplanationCleanup.FixName).ExecuteDeleteAsync(ct);
        }

        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var review = await client.GetAsync($"/staff/match-review/{contact.Id}", ct);
        var reviewHtml = await review.Content.ReadAsStringAsync(ct);
        var contactHtml = await client.GetStringAsync($"/staff/contacts/{contact.Id}", ct);

        await using var check = database.CreateDbContext();
        var stored = (await check.Contacts.AsNoTracking().SingleAsync(c => c.Id == contact.Id, ct)).MatchExplanation!;
        Assert.All(OtherPeoplesData, value => Assert.DoesNotContain(value, stored, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Contains($"value=\"{edith.Id}\"", reviewHtml, StringComparison.Ordinal);
        Assert.Contains($"value=\"{other.Id}\"", reviewHtml, StringComparison.Ordinal);
        Assert.Contains("different streets (against)", reviewHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Quarry Road", reviewHtml, StringComparison.Ordinal);
        Assert.Contains("<li>different family names</li>", contactHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Oakley", contactHtml, StringComparison.Ordinal);
    }
}
