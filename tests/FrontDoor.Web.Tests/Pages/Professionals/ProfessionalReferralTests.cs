using System.Net;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Professionals;

public sealed class ProfessionalReferralTests
{
    private static readonly Dictionary<string, (ContactSource Source, string Key, string Answer)> Expected = new()
    {
        ["police"] = (ContactSource.Police, ReferralCompleteness.AnswerKeys.PoliceReference, "STORM-20260301-0412"),
        ["ambulance"] = (ContactSource.Ambulance, ReferralCompleteness.AnswerKeys.IncidentDate, "1 March 2026"),
        ["gp"] = (ContactSource.GpOrPrimaryCare, ReferralCompleteness.AnswerKeys.GpPractice, "Quorn Medical Centre"),
        ["hospital"] = (ContactSource.Hospital, ReferralCompleteness.AnswerKeys.DischargeDate, "9 March 2026"),
        ["care-provider"] = (ContactSource.CareProvider, ReferralCompleteness.AnswerKeys.IncidentDate, "1 March 2026"),
        ["other"] = (ContactSource.OtherProfessional, ReferralCompleteness.AnswerKeys.CommunicationNeeds, "British Sign Language"),
    };

    [Theory]
    [BothProviders]
    public async Task Send_EachPartnerForm_WithoutJavaScript_MakesOneContactWithItsSourceAnswersAndStoredScore(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);

        foreach (var slug in ReferralAnswers.FormSlugs)
        {
            using var client = app.CreateBrowserLikeClient();
            var confirmation = await new ReferralFormClient(client).SendAsync(slug, ReferralAnswers.Complete(slug));

            await using var db = database.CreateDbContext();
            var reference = ReferralFormClient.Reference(confirmation);
            var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Reference == ContactReferenceFrom(reference), ct);
            var answers = await db.ContactAnswers.AsNoTracking().Where(a => a.ContactId == contact.Id).OrderBy(a => a.Position).ToListAsync(ct);
            var (source, key, answer) = Expected[slug];
            Assert.Equal((ContactChannel.ProfessionalEForm, source, ContactStatus.Open), (contact.Channel, contact.Source, contact.Status));
            Assert.Equal(answer, Assert.Single(answers, a => a.Key == key).Answer);
            Assert.Equal(("Edith", "Marsh", new DateOnly(1948, 3, 2), "LE11 2TP"), (contact.ReportedPerson.GivenName, contact.ReportedPerson.FamilyName, contact.ReportedPerson.DateOfBirth, contact.ReportedPerson.Postcode));
            Assert.Equal("1948-03-02", contact.ReportedPerson.DateOfBirthAsGiven);
            Assert.Equal("Pickering", contact.ReportedPerson.FormerFamilyName);
            Assert.Equal(("Sam Okafor", "sam.okafor@example.nhs.uk"), (contact.Caller?.Name, contact.Caller?.Email));
            Assert.Equal(new ContactConsent(true, true), contact.Consent);
            Assert.False(contact.ImmediateRisk.InDangerNow);
            Assert.True(contact.CommunicationNeeds.BritishSignLanguage);
            Assert.StartsWith("Found on the floor", contact.Story, StringComparison.Ordinal);
            Assert.NotNull(contact.CompletenessScore);
            Assert.Equal(contact.CompletenessScore, ReferralFormClient.Score(confirmation));
            // Everything asked was given: only a score of 100 is right for a complete form.
            Assert.Equal(100, contact.CompletenessScore);
            Assert.Contains("data-testid=\"nothing-missing\"", confirmation, StringComparison.Ordinal);
        }

        await using var check = database.CreateDbContext();
        Assert.Equal(ReferralAnswers.FormSlugs.Length, await check.Contacts.CountAsync(ct));
        Assert.Equal(ReferralAnswers.FormSlugs.Length, await check.Set<RawSubmission>().CountAsync(r => r.ContentType == "application/json", ct));
    }

    [Theory]
    [BothProviders]
    public async Task Send_PressedTwice_MakesOneContactAndShowsTheSameReference(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        var form = new ReferralFormClient(client);

        var first = await form.SendAsync("police", ReferralAnswers.Minimal("police"));
        using var again = await form.SendAgainAsync();

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(form.PageUrl("confirmation"), again.Headers.Location!.OriginalString);
        Assert.Equal(ReferralFormClient.Reference(first), ReferralFormClient.Reference(await form.GetAsync("confirmation")));
        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.AsNoTracking().SingleAsync(ct);
        Assert.StartsWith("professional-eform:", contact.ExternalKey, StringComparison.Ordinal);
        Assert.Equal(1, await db.Set<RawSubmission>().CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Send_CompletePoliceReferral_ScoresHigherThanMinimalAndTheMinimalReceiptListsWhatToAddNextTime(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var minimalClient = app.CreateBrowserLikeClient();
        using var completeClient = app.CreateBrowserLikeClient();

        var minimal = await new ReferralFormClient(minimalClient).SendAsync("police", ReferralAnswers.Minimal("police"));
        var complete = await new ReferralFormClient(completeClient).SendAsync("police", ReferralAnswers.Complete("police"));

        Assert.True(ReferralFormClient.Score(complete) > ReferralFormClient.Score(minimal), $"complete {ReferralFormClient.Score(complete)} ≤ minimal {ReferralFormClient.Score(minimal)}");
        Assert.Contains("To avoid a call back, next time include:", minimal, StringComparison.Ordinal);
        Assert.Contains("<li>their NHS number</li>", minimal, StringComparison.Ordinal);
        Assert.Contains("<li>your police force</li>", minimal, StringComparison.Ordinal);
        Assert.DoesNotContain("To avoid a call back", complete, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_EmptyPages_ShowGovukErrorsForTheFieldsThisPartnerMustGive()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        var police = new ReferralFormClient(client);
        await police.StartAsync("police");

        var aboutYou = await ErrorsOnAsync(police, "about-you");
        var person = await ErrorsOnAsync(police, "person");
        var concern = await ErrorsOnAsync(police, "concern");
        var risk = await ErrorsOnAsync(police, "risk-and-consent");

        Assert.Equal([("Sender-Name", "Enter your full name"), ("Sender-Phone", "Enter a telephone number or an email address so we can contact you")], aboutYou);
        Assert.Equal(
            [
                ("Person-GivenName", "Enter the person's first name"),
                ("Person-FamilyName", "Enter the person's last name"),
                ("Person-DateOfBirth", "Enter the person's date of birth"),
                ("Person-AddressLine1", "Enter address line 1, typically the building and street"),
                ("Person-Postcode", "Enter the person's postcode"),
            ],
            person);
        Assert.Equal(
            [
                ("Concern-PoliceReference", "Enter the police reference"),
                ("Concern-IncidentDate", "Enter the date of the incident"),
                ("Concern-Story", "Enter what did you find"),
            ],
            concern);
        Assert.Equal(
            [
                ("RiskAndConsent-InDangerNow", "Select yes if the person is at risk of harm now"),
                ("RiskAndConsent-PersonIsAware", "Select yes if the person knows you are contacting us"),
                ("RiskAndConsent-ConsentsToSharing", "Select yes if the person agrees to us sharing their information"),
            ],
            risk);

        // The same page asks a GP for what a GP must give: their practice and the NHS number.
        using var gpClient = app.CreateBrowserLikeClient();
        var gp = new ReferralFormClient(gpClient);
        await gp.StartAsync("gp");
        Assert.Contains(("Sender-Organisation", "Enter the name of your gp practice"), await ErrorsOnAsync(gp, "about-you"));
        Assert.Contains(("Person-NhsNumber", "Enter the person's NHS number"), await ErrorsOnAsync(gp, "person"));
    }

    [Theory]
    [BothProviders]
    public async Task Send_EachPartnerForm_WithEveryFreeTextAnswerAtItsLimit_IsAcceptedAndKeptWhole(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var text = AtTheLimit.Text(IntakeLimits.MaxPersonFieldLength);
        var story = AtTheLimit.Multiline(IntakeLimits.MaxStoryLength);
        var longAnswer = AtTheLimit.Multiline(IntakeLimits.MaxAnswerLength);

        foreach (var slug in ReferralAnswers.FormSlugs)
        {
            var answers = ReferralAnswers.Complete(slug);
            answers.AboutYou["Sender.Name"] = AtTheLimit.Text(IntakeLimits.MaxCallerNameLength);
            answers.AboutYou["Sender.Role"] = text;
            answers.AboutYou["Sender.Organisation"] = AtTheLimit.Text(IntakeLimits.MaxCallerOrganisationLength);
            answers.AboutYou["Sender.Email"] = AtTheLimit.Email(IntakeLimits.MaxCallerEmailLength);
            foreach (var field in new[] { "Person.GivenName", "Person.FamilyName", "Person.FormerFamilyName", "Person.AddressLine1", "Person.AddressLine2", "Person.Town" })
            {
                answers.Person[field] = text;
            }

            answers.Concern["Concern.Story"] = story;
            answers.RiskAndConsent["RiskAndConsent.RiskDetails"] = AtTheLimit.Multiline(IntakeLimits.MaxRiskDetailsLength);
            answers.RiskAndConsent["RiskAndConsent.NoConsentReason"] = longAnswer;
            answers.RiskAndConsent["RiskAndConsent.CommunicationNeeds"] = "interpreter";
            answers.RiskAndConsent["RiskAndConsent.InterpreterLanguage"] = AtTheLimit.Text(IntakeLimits.MaxInterpreterLanguageLength);
            answers.RiskAndConsent["RiskAndConsent.OtherCommunicationNeeds"] = text;
            switch (slug)
            {
                case "police":
                    answers.AboutYou["Sender.Identifier"] = text;
                    answers.Concern["Concern.PoliceReference"] = text;
                    answers.Concern["Concern.Location"] = text;
                    break;
                case "ambulance":
                    answers.AboutYou["Sender.Identifier"] = text;
                    answers.Person["Person.GpPractice"] = text;
                    answers.Concern["Concern.IncidentNumber"] = text;
                    break;
                case "gp":
                    answers.Concern["Concern.Diagnoses"] = longAnswer;
                    answers.Concern["Concern.MobilityNeeds"] = longAnswer;
                    answers.Concern["Concern.PersonalCareNeeds"] = longAnswer;
                    break;
                case "hospital":
                    answers.Person["Person.GpPractice"] = text;
                    answers.Concern["Concern.Ward"] = text;
                    break;
                case "care-provider":
                    answers.Concern["Concern.Injuries"] = longAnswer;
                    break;
            }

            using var client = app.CreateBrowserLikeClient();
            var confirmation = await new ReferralFormClient(client).SendAsync(slug, answers);

            await using var db = database.CreateDbContext();
            var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Reference == ContactReferenceFrom(ReferralFormClient.Reference(confirmation)), ct);
            Assert.Equal(IntakeLimits.MaxStoryLength, contact.Story.Length);
            Assert.Equal(IntakeLimits.MaxRiskDetailsLength, contact.ImmediateRisk.Details?.Length);
            Assert.Equal((text, text), (contact.ReportedPerson.FamilyName, contact.ReportedPerson.Town));
            Assert.Equal(IntakeLimits.MaxCallerEmailLength, contact.Caller?.Email?.Length);
            var reason = await db.ContactAnswers.AsNoTracking().SingleAsync(a => a.ContactId == contact.Id && a.Key == ReferralCompleteness.AnswerKeys.NoConsentReason, ct);
            Assert.Equal(IntakeLimits.MaxAnswerLength, reason.Answer.Length);
        }
    }

    [Fact]
    public async Task Post_RiskAndConsent_SharedWithoutAgreementAndNoReason_AsksWhy()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        var form = new ReferralFormClient(client);
        await form.StartAsync("police");
        var risk = ReferralAnswers.Complete("police").RiskAndConsent;
        risk["RiskAndConsent.ConsentsToSharing"] = "no";
        risk["RiskAndConsent.NoConsentReason"] = " ";

        using var response = await form.PostPageAsync("risk-and-consent", risk);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([("RiskAndConsent-NoConsentReason", "Enter why you are sharing the person's information without their agreement")], ReferralFormClient.ErrorLinks(html));
        risk["RiskAndConsent.NoConsentReason"] = "She lacks capacity to decide and is at risk of serious harm.";
        Assert.EndsWith("/check-answers", await form.ContinueAsync("risk-and-consent", risk), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Send_Receipt_OffersACopyOfTheReferralToPrintOrSave(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        var form = new ReferralFormClient(client);

        var confirmation = await form.SendAsync("police", ReferralAnswers.Complete("police"));
        var copy = await form.GetAsync("copy");

        Assert.Contains($"href=\"{form.PageUrl("copy")}\" data-testid=\"print-copy\"", confirmation, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"reference\">{ReferralFormClient.Reference(confirmation)}<", copy, StringComparison.Ordinal);
        Assert.Contains("Edith Marsh", copy, StringComparison.Ordinal);
        Assert.Contains("STORM-20260301-0412", copy, StringComparison.Ordinal);
        Assert.Contains("Found on the floor after a fall", copy, StringComparison.Ordinal);
        // A copy, not a form: nothing on it changes the referral.
        Assert.DoesNotContain("Change<span", copy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_CopyBeforeSending_GoesToCheckAnswers()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        var form = new ReferralFormClient(client);
        await form.StartAsync("police");

        using var response = await client.GetAsync(form.PageUrl("copy"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(form.PageUrl("check-answers"), response.Headers.Location?.OriginalString);
    }

    public static TheoryData<string, string, string, string, string> OneOverTheLimit => new()
    {
        { "about-you", "Sender.Email", AtTheLimit.Email(IntakeLimits.MaxCallerEmailLength + 1), "Sender-Email", "Email address must be 254 characters or fewer" },
        { "concern", "Concern.Story", AtTheLimit.Multiline(IntakeLimits.MaxStoryLength + 1), "Concern-Story", "What did you find must be 20,000 characters or fewer" },
        { "risk-and-consent", "RiskAndConsent.InterpreterLanguage", AtTheLimit.Text(IntakeLimits.MaxInterpreterLanguageLength + 1), "RiskAndConsent-InterpreterLanguage", "Language must be 60 characters or fewer" },
        { "risk-and-consent", "RiskAndConsent.NoConsentReason", AtTheLimit.Multiline(IntakeLimits.MaxAnswerLength + 1), "RiskAndConsent-NoConsentReason", "Why you are sharing without consent must be 4,000 characters or fewer" },
    };

    [Theory]
    [MemberData(nameof(OneOverTheLimit))]
    public async Task Post_OneCharacterOverALimit_IsRefusedOnThePageThatAsks(string page, string field, string value, string id, string message)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        var form = new ReferralFormClient(client);
        await form.StartAsync("police");
        var answers = ReferralAnswers.Complete("police");
        var fields = page switch { "about-you" => answers.AboutYou, "concern" => answers.Concern, _ => answers.RiskAndConsent };
        fields[field] = value;

        using var response = await form.PostPageAsync(page, fields);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h2 class=\"govuk-error-summary__title\">There is a problem</h2>", html, StringComparison.Ordinal);
        Assert.Equal([(id, message)], ReferralFormClient.ErrorLinks(html));
    }

    [Fact]
    public async Task Post_Person_WithWrongNhsCheckDigitImpossibleDateAndBadPostcode_RefusesEachAndKeepsWhatWasTyped()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        var form = new ReferralFormClient(client);
        await form.StartAsync("hospital");
        var person = ReferralAnswers.Minimal("hospital").Person;
        person["Person.NhsNumber"] = ReferralAnswers.WrongCheckDigitNhsNumber;
        person.AddDate("Person.DateOfBirth", "31", "2", "1950");
        person["Person.Postcode"] = "LE1 XYZ";

        using var response = await form.PostPageAsync("person", person);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("<title>Error: The person you are referring", html[html.IndexOf("<title>", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Equal(
            [
                ("Person-DateOfBirth", "Date of birth must be a real date"),
                ("Person-NhsNumber", "Enter a real NHS number"),
                ("Person-Postcode", "Enter a real postcode, like LE11 2TP"),
            ],
            ReferralFormClient.ErrorLinks(html));
        Assert.Contains("<p class=\"govuk-error-message\" id=\"Person-NhsNumber-error\"><span class=\"govuk-visually-hidden\">Error:</span> Enter a real NHS number</p>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"943 476 5918\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"31\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"LE1 XYZ\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Edith\"", html, StringComparison.Ordinal);

        person.AddDate("Person.DateOfBirth", "2", "3", "2027");
        using var future = await form.PostPageAsync("person", person);
        Assert.Contains(("Person-DateOfBirth", "Date of birth must be in the past"), ReferralFormClient.ErrorLinks(await future.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Post_Concern_WithSeveralErrors_TheSharedErrorSummaryListsThemInPageOrder_TheStoryBoxLast()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        var form = new ReferralFormClient(client);
        await form.StartAsync("care-provider");
        var concern = new Dictionary<string, string> { ["Concern.Story"] = "", ["Concern.IncidentTime"] = "25:99", ["Concern.BodyMap"] = "not-an-option" };
        concern.AddDate("Concern.IncidentDate", "31", "2", "2026");

        using var response = await form.PostPageAsync("concern", concern);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ["Concern-IncidentDate", "Concern-IncidentTime", "Concern-BodyMap", "Concern-Story"],
            ReferralFormClient.ErrorLinks(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Select(error => error.Id));
    }

    [Fact]
    public async Task CheckAnswers_ShowsHtmlInFreeTextAsTextWithChangeLinksBackToEachPage()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        var form = new ReferralFormClient(client);
        var answers = ReferralAnswers.Minimal("other");
        answers.Concern["Concern.Story"] = "<script>alert('x')</script> <b>Left alone</b> for three days with no heating.";
        await form.StartAsync("other");
        await form.ContinueAsync("about-you", answers.AboutYou);
        await form.ContinueAsync("person", answers.Person);
        await form.ContinueAsync("concern", answers.Concern);
        await form.ContinueAsync("risk-and-consent", answers.RiskAndConsent);

        var html = await form.GetAsync("check-answers");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Left alone</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &lt;b&gt;Left alone&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{form.PageUrl("person")}?returnTo=check-answers#Person-NhsNumber\"", html, StringComparison.Ordinal);
        Assert.Contains("Change<span class=\"govuk-visually-hidden\"> NHS number (the person)</span>", html, StringComparison.Ordinal);

        // A change goes back to check your answers, not on through the rest of the form.
        var changed = ReferralAnswers.Minimal("other").Person;
        changed["Person.NhsNumber"] = ReferralAnswers.ValidNhsNumber;
        using var response = await client.PostAsync(form.PageUrl("person") + "?returnTo=check-answers", await WithTokenAsync(client, form.PageUrl("person"), changed), TestContext.Current.CancellationToken);
        Assert.Equal(form.PageUrl("check-answers"), response.Headers.Location!.OriginalString);
        Assert.Contains("943 476 5919", await form.GetAsync("check-answers"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journey_OpenedInAnotherBrowser_GoesBackToTheStartInsteadOfShowingTheAnswers()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var owner = app.CreateBrowserLikeClient();
        using var stranger = app.CreateBrowserLikeClient();
        var form = new ReferralFormClient(owner);
        await form.StartAsync("police");
        await form.ContinueAsync("about-you", ReferralAnswers.Minimal("police").AboutYou);

        using var response = await stranger.GetAsync(form.PageUrl("about-you"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/professionals/police?expired=true", response.Headers.Location!.OriginalString);
    }

    private static async Task<IReadOnlyList<(string Id, string Message)>> ErrorsOnAsync(ReferralFormClient form, string page)
    {
        using var response = await form.PostPageAsync(page, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ReferralFormClient.ErrorLinks(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<FormUrlEncodedContent> WithTokenAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url, TestContext.Current.CancellationToken);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        return new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token });
    }

    private static ContactReference ContactReferenceFrom(string reference) =>
        ContactReference.TryParse(reference, out var parsed) ? parsed : throw new InvalidOperationException($"'{reference}' is not a reference.");
}
