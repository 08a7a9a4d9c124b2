using System.Text.RegularExpressions;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Web.Tests.Pages.Staff.Contacts;

/// <summary>Contacts made the way the channels make them, and forms posted with their antiforgery token.</summary>
internal static partial class StaffContactsTestKit
{
    /// <summary>A contact through the app's own intake pipeline, as a channel would send it.</summary>
    public static async Task<Guid> ReceiveAsync(FrontDoorAppFactory app, string story, IReadOnlyList<IntakeAnswer>? answers = null, IReadOnlyList<IntakeAttachment>? attachments = null, bool inDangerNow = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<ContactIntake>();
        var receipt = await intake.ReceiveAndProcessAsync(new IntakeSubmission
        {
            Channel = ContactChannel.ProfessionalEForm,
            Source = ContactSource.Ambulance,
            RawPayload = "story=..."u8.ToArray(),
            RawContentType = "application/x-www-form-urlencoded",
            Story = story,
            Caller = new Caller("Paramedic Sam Okoro", "Paramedic", "Testshire Ambulance Service", "0116 496 0555"),
            ReportedPerson = new ReportedPerson { GivenName = "Edith", FamilyName = "Marsh", DateOfBirthAsGiven = "2 March 1948", DateOfBirth = new DateOnly(1948, 3, 2), Postcode = "LE1 6ZZ" },
            Answers = answers ?? [],
            Attachments = attachments ?? [],
            ImmediateRisk = new ImmediateRisk(InDangerNow: inDangerNow),
            Actor = "eform",
        }, TestContext.Current.CancellationToken);
        return receipt.ContactId;
    }

    /// <summary>A contact whose processing failed, as the needs-attention list shows it.</summary>
    public static async Task<Guid> FailedAsync(TestDatabase database, string reason)
    {
        await using var db = database.CreateDbContext();
        var at = FrontDoorAppFactory.Now.AddHours(-1);
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Email, ContactSource.Police, at, "Welfare concern for a man found wandering.");
        contact.RecordWhatWasReported(new ReportedPerson { GivenName = "Albert", FamilyName = "Stone" }, Core.People.CommunicationNeeds.None, ContactConsent.NotAsked, ImmediateRisk.NotAsked, null);
        contact.NeedsAttention(reason, at);
        db.Contacts.Add(contact);
        db.RawSubmissions.Add(new RawSubmission(Guid.CreateVersion7(), contact.Id, ContactChannel.Email, at, "message/rfc822", "raw"u8.ToArray()));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return contact.Id;
    }

    /// <summary>A contact with the match explanation a matcher (or an older version of one) stored.</summary>
    public static async Task<Guid> ExplainedAsync(TestDatabase database, string explanation)
    {
        await using var db = database.CreateDbContext();
        var at = FrontDoorAppFactory.Now.AddHours(-1);
        var contact = new Contact(Guid.CreateVersion7(), ContactReference.New(), ContactChannel.Email, ContactSource.Police, at, "Welfare concern for a woman living alone.");
        contact.RecordWhatWasReported(new ReportedPerson { GivenName = "Edith", FamilyName = "Marsh" }, Core.People.CommunicationNeeds.None, ContactConsent.NotAsked, ImmediateRisk.NotAsked, null);
        contact.MarkForMatchReview();
        contact.ExplainMatch(explanation);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return contact.Id;
    }

    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string pageUrl, MultipartFormDataContent form)
    {
        var page = await client.GetStringAsync(pageUrl, TestContext.Current.CancellationToken);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, $"{pageUrl} has no antiforgery token in its form.");
        form.Add(new StringContent(token.Groups[1].Value), "__RequestVerificationToken");
        return await client.PostAsync(pageUrl, form, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
