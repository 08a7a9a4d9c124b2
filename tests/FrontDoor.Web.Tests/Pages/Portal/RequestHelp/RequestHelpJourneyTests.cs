using System.Net;
using System.Text.Json;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Pages.Portal.RequestHelp;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Portal.RequestHelp;

public sealed class RequestHelpJourneyTests
{
    private const string EmergencyDutyPhone = "0116 496 0777";

    private static readonly Dictionary<string, string?> Settings = new() { ["FrontDoor:EmergencyDutyPhone"] = EmergencyDutyPhone };

    [Theory]
    [BothProviders]
    public async Task Post_WholeJourneyForMyself_OpensOneContactWithEverythingThatWasSaid(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, Settings);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());

        Assert.Equal("/request-help/who-for", await journey.StartAsync());
        var visited = new List<string>();
        foreach (var (path, fields) in RequestHelpClient.ForMyself)
        {
            visited.Add(await journey.AnswerAsync(path, fields));
        }

        var checkAnswers = await journey.GetPageAsync("/request-help/check-answers");
        var reference = await journey.SendAsync();

        // Asking for yourself skips every question about the person asking.
        Assert.Equal(
            ["/request-help/name", "/request-help/date-of-birth", "/request-help/address", "/request-help/contact-details", "/request-help/nhs-number",
             "/request-help/what-is-happening", "/request-help/danger", "/request-help/communication-needs", "/request-help/check-answers"],
            visited);
        Assert.Contains("Margaret", checkAnswers, StringComparison.Ordinal);
        Assert.Contains("Adeyemi", checkAnswers, StringComparison.Ordinal);
        Assert.Contains("2 March 1948", checkAnswers, StringComparison.Ordinal);
        Assert.Contains("LE11 2TP", checkAnswers, StringComparison.Ordinal);

        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.AsNoTracking().SingleAsync(ct);
        Assert.Equal(reference, contact.Reference.Value);
        Assert.Equal((ContactChannel.PublicOnlineForm, ContactSource.Self, ContactStatus.Open), (contact.Channel, contact.Source, contact.Status));
        Assert.Equal("Since my fall in January I cannot manage the stairs.\nI want to keep living at home.", contact.Story);
        Assert.Null(contact.Caller);
        var person = contact.ReportedPerson;
        Assert.Equal(("Margaret", "Okafor", "Peggy", "Adeyemi"), (person.GivenName, person.FamilyName, person.KnownAs, person.FormerFamilyName));
        Assert.Equal(new DateOnly(1948, 3, 2), person.DateOfBirth);
        Assert.Equal(("14 Elm Road", "Loughborough", "LE11 2TP"), (person.AddressLine1, person.Town, person.Postcode));
        Assert.Equal("07700 900123", person.Phone);
        Assert.Equal("9434765919", person.ValidNhsNumber()?.Value);
        Assert.Equal(new ContactConsent(PersonIsAware: true), contact.Consent);
        Assert.Equal(new ImmediateRisk(InDangerNow: false), contact.ImmediateRisk);
        Assert.Equal(new CommunicationNeeds(BritishSignLanguage: true), contact.CommunicationNeeds);
        Assert.StartsWith("portal:request-help:", contact.ExternalKey, StringComparison.Ordinal);

        var answers = await db.ContactAnswers.AsNoTracking().Where(a => a.ContactId == contact.Id).OrderBy(a => a.Position).ToListAsync(ct);
        Assert.Equal(
            ["asking-for", "given-name", "family-name", "known-as", "former-family-name", "date-of-birth", "address", "phone", "email", "preferred-contact", "nhs-number", "in-danger-now", "communication-needs"],
            answers.Select(a => a.Key));
        Assert.Equal(("Who are you asking for help for?", "Myself"), (answers[0].Question, answers[0].Answer));
        Assert.Equal("Phone call", answers.Single(a => a.Key == "preferred-contact").Answer);
        Assert.Equal(string.Empty, answers.Single(a => a.Key == "email").Answer);

        // Stored raw first: the whole form as JSON, as it was answered.
        var raw = await db.RawSubmissions.AsNoTracking().SingleAsync(r => r.ContactId == contact.Id, ct);
        Assert.Equal("application/json", raw.ContentType);
        using var json = JsonDocument.Parse(raw.Bytes);
        Assert.Equal("Okafor", json.RootElement.GetProperty("answers").GetProperty("familyName").GetString());
    }

    [Theory]
    [BothProviders]
    public async Task Post_WholeJourneyForSomeoneElseInDanger_RecordsTheCallerConsentAndRiskAfterTheInterruption(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, Settings);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        await journey.StartAsync();

        Assert.Equal("/request-help/your-name", await journey.AnswerAsync("/request-help/who-for", new Dictionary<string, string> { ["AskingFor"] = "SomeoneElse" }));
        Assert.Equal("/request-help/your-relationship", await journey.AnswerAsync("/request-help/your-name", new Dictionary<string, string> { ["CallerName"] = "Grace Okafor" }));
        Assert.Equal("/request-help/your-contact-details", await journey.AnswerAsync("/request-help/your-relationship", new Dictionary<string, string> { ["Relationship"] = "Carer", ["RelationshipDetails"] = "Daughter" }));
        Assert.Equal("/request-help/do-they-know", await journey.AnswerAsync("/request-help/your-contact-details", new Dictionary<string, string> { ["CallerPhone"] = "0116 496 0555", ["CallerEmail"] = "grace@example.com" }));
        Assert.Equal("/request-help/name", await journey.AnswerAsync("/request-help/do-they-know", new Dictionary<string, string> { ["Awareness"] = "KnowsAndAgrees" }));
        foreach (var (path, fields) in RequestHelpClient.ForMyself.Skip(1).Where(page => page.Path is not ("/request-help/danger" or "/request-help/communication-needs")))
        {
            await journey.AnswerAsync(path, fields);
        }

        var afterDanger = await journey.AnswerAsync("/request-help/danger", new Dictionary<string, string> { ["InDangerNow"] = "True", ["DangerDetails"] = "Her partner shouts at her and took her bank card." });
        var interruption = await journey.GetPageAsync(afterDanger);
        Assert.Equal("/request-help/danger/call-now", afterDanger);
        Assert.Contains("Call 999 now if someone is in immediate danger", interruption, StringComparison.Ordinal);
        Assert.Contains(EmergencyDutyPhone, interruption, StringComparison.Ordinal);
        Assert.Contains("href=\"/request-help/communication-needs\"", interruption, StringComparison.Ordinal);
        Assert.Equal("/request-help/check-answers", await journey.AnswerAsync("/request-help/communication-needs", new Dictionary<string, string> { ["Needs"] = "LargePrint", ["InterpreterLanguage"] = "Polish" }));
        var checkAnswers = await journey.GetPageAsync("/request-help/check-answers");
        await journey.SendAsync();

        Assert.Contains("About the person who needs help", checkAnswers, StringComparison.Ordinal);
        Assert.Contains("Grace Okafor", checkAnswers, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.AsNoTracking().SingleAsync(ct);
        Assert.Equal((ContactSource.Carer, ContactStatus.Open), (contact.Source, contact.Status));
        Assert.Equal(new Caller("Grace Okafor", "Carer: Daughter", Phone: "0116 496 0555", Email: "grace@example.com"), contact.Caller);
        Assert.Equal(("Margaret", "Okafor"), (contact.ReportedPerson.GivenName, contact.ReportedPerson.FamilyName));
        Assert.Equal(new ContactConsent(PersonIsAware: true, ConsentsToSharing: true), contact.Consent);
        Assert.Equal(new ImmediateRisk(InDangerNow: true, Details: "Her partner shouts at her and took her bank card."), contact.ImmediateRisk);
        Assert.Equal(new CommunicationNeeds(InterpreterLanguage: "Polish", LargePrint: true), contact.CommunicationNeeds);
        var keys = await db.ContactAnswers.AsNoTracking().Where(a => a.ContactId == contact.Id).OrderBy(a => a.Position).Select(a => a.Key).ToListAsync(ct);
        Assert.Equal(["asking-for", "caller-name", "caller-relationship", "caller-phone", "caller-email", "person-aware"], keys.Take(6));
        Assert.Contains("danger-details", keys);
    }

    [Theory]
    [BothProviders]
    public async Task Send_EveryFreeTextAnswerAtItsLimit_IsAcceptedAndKeptWhole(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, Settings);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        var name = AtTheLimit.Text(IntakeLimits.MaxPersonFieldLength, 'n');
        var story = AtTheLimit.Multiline(IntakeLimits.MaxStoryLength);
        var danger = AtTheLimit.Multiline(IntakeLimits.MaxRiskDetailsLength);
        await journey.StartAsync();

        await journey.AnswerAsync("/request-help/who-for", new Dictionary<string, string> { ["AskingFor"] = "SomeoneElse" });
        await journey.AnswerAsync("/request-help/your-name", new Dictionary<string, string> { ["CallerName"] = AtTheLimit.Text(IntakeLimits.MaxCallerNameLength) });
        await journey.AnswerAsync("/request-help/your-relationship", new Dictionary<string, string> { ["Relationship"] = "FriendOrNeighbour", ["RelationshipDetails"] = AtTheLimit.Text(RequestForHelpSubmission.MaxRelationshipDetailsLength) });
        await journey.AnswerAsync("/request-help/your-contact-details", new Dictionary<string, string> { ["CallerPhone"] = "0116 496 0555", ["CallerEmail"] = AtTheLimit.Email(IntakeLimits.MaxCallerEmailLength) });
        await journey.AnswerAsync("/request-help/do-they-know", new Dictionary<string, string> { ["Awareness"] = "KnowsAndAgrees" });
        await journey.AnswerAsync("/request-help/name", new Dictionary<string, string> { ["GivenName"] = name, ["FamilyName"] = name, ["KnownAs"] = name, ["FormerFamilyName"] = name });
        await journey.AnswerAsync("/request-help/date-of-birth", new Dictionary<string, string> { ["DateOfBirth.Day"] = "2", ["DateOfBirth.Month"] = "3", ["DateOfBirth.Year"] = "1948" });
        await journey.AnswerAsync("/request-help/address", new Dictionary<string, string> { ["AddressLine1"] = name, ["AddressLine2"] = name, ["Town"] = name, ["Postcode"] = "LE11 2TP" });
        await journey.AnswerAsync("/request-help/contact-details", new Dictionary<string, string> { ["Phone"] = "07700 900123", ["Email"] = AtTheLimit.Email(IntakeLimits.MaxPersonFieldLength), ["PreferredContact"] = "Email" });
        await journey.AnswerAsync("/request-help/nhs-number", new Dictionary<string, string> { ["NhsNumber"] = "943 476 5919" });
        await journey.AnswerAsync("/request-help/what-is-happening", new Dictionary<string, string> { ["Story"] = story });
        await journey.AnswerAsync("/request-help/danger", new Dictionary<string, string> { ["InDangerNow"] = "True", ["DangerDetails"] = danger });
        Assert.Equal("/request-help/check-answers", await journey.AnswerAsync("/request-help/communication-needs", new Dictionary<string, string> { ["Needs"] = "Interpreter", ["InterpreterLanguage"] = AtTheLimit.Text(IntakeLimits.MaxInterpreterLanguageLength) }));
        var reference = await journey.SendAsync();

        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.AsNoTracking().SingleAsync(ct);
        Assert.Equal(reference, contact.Reference.Value);
        Assert.Equal(story.Replace("\r\n", "\n", StringComparison.Ordinal), contact.Story);
        Assert.Equal(IntakeLimits.MaxStoryLength, contact.Story.Length);
        Assert.Equal(IntakeLimits.MaxRiskDetailsLength, contact.ImmediateRisk.Details?.Length);
        Assert.Equal(IntakeLimits.MaxCallerEmailLength, contact.Caller?.Email?.Length);
        Assert.Equal(IntakeLimits.MaxCallerRelationshipLength, contact.Caller?.Relationship?.Length);
        Assert.Equal((name, name, name), (contact.ReportedPerson.GivenName, contact.ReportedPerson.FormerFamilyName, contact.ReportedPerson.Town));
        Assert.Equal(IntakeLimits.MaxInterpreterLanguageLength, contact.CommunicationNeeds.InterpreterLanguage?.Length);
    }

    [Theory]
    [BothProviders]
    public async Task Post_DateOfBirthUnder18_SaysWhereToGoInsteadAndSendsNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database, new Dictionary<string, string?>
        {
            ["FrontDoor:ChildrensServicesName"] = "Testshire Children's Services",
            ["FrontDoor:ChildrensServicesPhone"] = "0116 496 0888",
            ["FrontDoor:ChildrensServicesUrl"] = "https://www.example.gov.uk/childrens-services",
        });
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        await journey.StartAsync();
        await journey.AnswerAsync("/request-help/who-for", new Dictionary<string, string> { ["AskingFor"] = "SomeoneElse" });
        await journey.AnswerAsync("/request-help/your-name", new Dictionary<string, string> { ["CallerName"] = "Grace Okafor" });
        await journey.AnswerAsync("/request-help/your-relationship", new Dictionary<string, string> { ["Relationship"] = "FamilyMember" });
        await journey.AnswerAsync("/request-help/your-contact-details", new Dictionary<string, string> { ["CallerPhone"] = "0116 496 0555" });
        await journey.AnswerAsync("/request-help/do-they-know", new Dictionary<string, string> { ["Awareness"] = "KnowsAndAgrees" });
        await journey.AnswerAsync("/request-help/name", new Dictionary<string, string> { ["GivenName"] = "Tia", ["FamilyName"] = "Okafor" });
        var child = DateTime.UtcNow.AddYears(-12);

        var next = await journey.AnswerAsync("/request-help/date-of-birth", new Dictionary<string, string> { ["DateOfBirth.Day"] = $"{child.Day}", ["DateOfBirth.Month"] = $"{child.Month}", ["DateOfBirth.Year"] = $"{child.Year}" });
        var page = await journey.GetPageAsync(next);

        Assert.Equal("/request-help/date-of-birth/under-18", next);
        Assert.Contains("Contact Testshire Children&#x27;s Services for help for someone under 18", page, StringComparison.Ordinal);
        Assert.Contains("0116 496 0888", page, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.example.gov.uk/childrens-services\"", page, StringComparison.Ordinal);
        Assert.Contains("We have not sent your request", page, StringComparison.Ordinal);
        // Nothing can be sent with the child's date of birth: check answers sends the browser back to it.
        using var checkAnswers = await journey.Http.GetAsync("/request-help/check-answers", ct);
        Assert.Equal(HttpStatusCode.Redirect, checkAnswers.StatusCode);
        Assert.Equal("/request-help/date-of-birth", checkAnswers.Headers.Location?.OriginalString);
        // A mistyped date is changed and the request carries on.
        Assert.Equal("/request-help/address", await journey.AnswerAsync("/request-help/date-of-birth", new Dictionary<string, string> { ["DateOfBirth.Day"] = "2", ["DateOfBirth.Month"] = "3", ["DateOfBirth.Year"] = "1948" }));
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.Contacts.CountAsync(ct));
    }

    [Fact]
    public async Task Get_DoTheyKnow_PromisesToAskWhyAndTheStoryPageAsks()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        await journey.StartAsync();
        await journey.AnswerAsync("/request-help/who-for", new Dictionary<string, string> { ["AskingFor"] = "SomeoneElse" });

        var doTheyKnow = await journey.GetPageAsync("/request-help/do-they-know");
        await journey.AnswerAsync("/request-help/do-they-know", new Dictionary<string, string> { ["Awareness"] = "DoesNotKnow" });
        var whenTheyDoNotKnow = await journey.GetPageAsync("/request-help/what-is-happening");
        await journey.AnswerAsync("/request-help/do-they-know", new Dictionary<string, string> { ["Awareness"] = "KnowsAndAgrees" });
        var whenTheyAgree = await journey.GetPageAsync("/request-help/what-is-happening");

        Assert.DoesNotContain("you can tell us why later", doTheyKnow, StringComparison.Ordinal);
        Assert.Contains("we will ask you why on a later page", doTheyKnow, StringComparison.Ordinal);
        Assert.Contains("Tell us too why the person does not know or does not agree to you asking for help.", whenTheyDoNotKnow, StringComparison.Ordinal);
        Assert.DoesNotContain("Tell us too why", whenTheyAgree, StringComparison.Ordinal);
    }

    public static TheoryData<string, Dictionary<string, string>, string, string> InvalidAnswers => new()
    {
        { "/request-help/name", new() { ["GivenName"] = " ", ["FamilyName"] = "Okafor" }, "GivenName", "Enter your first name" },
        { "/request-help/name", new() { ["GivenName"] = "Margaret", ["FamilyName"] = "Okafor", ["FormerFamilyName"] = new string('a', 201) }, "FormerFamilyName", "Previous last name must be 200 characters or fewer" },
        { "/request-help/date-of-birth", new() { ["DateOfBirth.Day"] = "31", ["DateOfBirth.Month"] = "02", ["DateOfBirth.Year"] = "1950" }, "DateOfBirth", "Date of birth must be a real date" },
        { "/request-help/date-of-birth", new() { ["DateOfBirth.Day"] = "3", ["DateOfBirth.Month"] = "3", ["DateOfBirth.Year"] = "2026" }, "DateOfBirth", "Date of birth must be in the past" },
        { "/request-help/date-of-birth", new() { ["DateOfBirth.Day"] = "", ["DateOfBirth.Month"] = "", ["DateOfBirth.Year"] = "" }, "DateOfBirth", "Enter your date of birth" },
        { "/request-help/date-of-birth", new() { ["DateOfBirth.Day"] = "12", ["DateOfBirth.Month"] = "", ["DateOfBirth.Year"] = "1950" }, "DateOfBirth", "Date of birth must include a month" },
        { "/request-help/nhs-number", new() { ["NhsNumber"] = "943 476 5918" }, "NhsNumber", "Enter a real NHS number" },
        { "/request-help/address", new() { ["AddressLine1"] = "14 Elm Road", ["Town"] = "Loughborough", ["Postcode"] = "LE1 ABC" }, "Postcode", "Enter a real postcode, like LE11 2TP" },
        { "/request-help/contact-details", new() { ["Phone"] = "", ["Email"] = "peggy@", ["PreferredContact"] = "Email" }, "Email", "Enter an email address in the correct format, like name@example.com" },
        { "/request-help/what-is-happening", new() { ["Story"] = AtTheLimit.Text(IntakeLimits.MaxStoryLength + 1) }, "Story", "What is happening must be 20,000 characters or fewer" },
        { "/request-help/contact-details", new() { ["Phone"] = "", ["Email"] = AtTheLimit.Email(IntakeLimits.MaxPersonFieldLength + 1), ["PreferredContact"] = "Email" }, "Email", "Email address must be 200 characters or fewer" },
        { "/request-help/communication-needs", new() { ["Needs"] = "Interpreter", ["InterpreterLanguage"] = AtTheLimit.Text(IntakeLimits.MaxInterpreterLanguageLength + 1) }, "InterpreterLanguage", "The language must be 60 characters or fewer" },
        { "/request-help/danger", new() { ["DangerDetails"] = "Someone was here" }, "InDangerNow", "Select yes if anyone is in danger now" },
    };

    [Theory]
    [MemberData(nameof(InvalidAnswers))]
    public async Task Post_WithAnInvalidAnswer_ShowsTheErrorSummaryAndInlineMessageAndKeepsWhatWasTyped(string path, Dictionary<string, string> fields, string field, string message)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        await journey.StartAsync();
        await journey.AnswerAsync("/request-help/who-for", new Dictionary<string, string> { ["AskingFor"] = "Myself" });

        using var response = await journey.PostAsync(path, fields);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: ", html, StringComparison.Ordinal);
        Assert.Contains("<h2 class=\"govuk-error-summary__title\">There is a problem</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#{field}\">{message}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"govuk-error-message\" id=\"{field}-error\"><span class=\"govuk-visually-hidden\">Error:</span> {message}</p>", html, StringComparison.Ordinal);
        foreach (var typed in fields.Values.Where(value => value.Trim().Length > 0))
        {
            Assert.Contains(WebUtility.HtmlEncode(typed), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Post_WithSeveralInvalidAnswers_ListsTheErrorsInTheOrderOfTheFieldsOnThePage()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        await journey.StartAsync();
        await journey.AnswerAsync("/request-help/who-for", new Dictionary<string, string> { ["AskingFor"] = "Myself" });

        // ModelState alone would list Email before Phone (shorter names first, then alphabetical).
        using var response = await journey.PostAsync("/request-help/contact-details", new Dictionary<string, string> { ["Phone"] = "12", ["Email"] = "peggy@" });
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var links = System.Text.RegularExpressions.Regex.Matches(html, "<a href=\"#([A-Za-z]+)\">").Select(match => match.Groups[1].Value);
        Assert.Equal(["Phone", "Email", "PreferredContact"], links);
    }

    [Theory]
    [BothProviders]
    public async Task Post_SendTwice_MakesOneContactAndShowsTheSameReference(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        await journey.AnswerEverythingForMyselfAsync();
        var token = await journey.TokenFromAsync("/request-help/check-answers");

        var first = await journey.SendAsync(token);
        // The second press of the button, from the same check-answers page.
        var second = await journey.SendAsync(token);

        Assert.Equal(first, second);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.Contacts.CountAsync(ct));
    }

    [Theory]
    [BothProviders]
    public async Task Post_SendTwiceAtTheSameMoment_MakesOneContact(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        await journey.AnswerEverythingForMyselfAsync();
        var token = await journey.TokenFromAsync("/request-help/check-answers");

        var presses = await Task.WhenAll(
            journey.PostAsync("/request-help/check-answers", new Dictionary<string, string>(), token),
            journey.PostAsync("/request-help/check-answers", new Dictionary<string, string>(), token));
        var reference = RequestHelpClient.ReferenceOn(await journey.GetPageAsync("/request-help/confirmation"));

        Assert.All(presses, press => Assert.Equal("/request-help/confirmation", press.Headers.Location?.OriginalString));
        foreach (var press in presses)
        {
            press.Dispose();
        }

        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.AsNoTracking().SingleAsync(ct);
        Assert.Equal(reference, contact.Reference.Value);
    }

    [Fact]
    public async Task Post_StoryWithHtml_IsStoredAsTypedAndShownAsText()
    {
        var ct = TestContext.Current.CancellationToken;
        const string story = "<script>alert('x')</script><b>Help</b> & thanks";
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        await journey.AnswerEverythingForMyselfAsync();
        await journey.AnswerAsync("/request-help/what-is-happening?change=true", new Dictionary<string, string> { ["Story"] = story });

        var checkAnswers = await journey.GetPageAsync("/request-help/check-answers");
        var storyPage = await journey.GetPageAsync("/request-help/what-is-happening");
        await journey.SendAsync();

        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;b&gt;Help&lt;/b&gt; &amp; thanks", checkAnswers, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", checkAnswers, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Help</b>", storyPage, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(story, (await db.Contacts.AsNoTracking().SingleAsync(ct)).Story);
    }

    [Fact]
    public async Task Change_FromMyselfToSomeoneElse_AsksAboutTheCallerThenReturnsToCheckAnswers()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        await journey.AnswerEverythingForMyselfAsync();
        var checkAnswers = await journey.GetPageAsync("/request-help/check-answers");
        Assert.Contains("href=\"/request-help/who-for?change=true\"", checkAnswers, StringComparison.Ordinal);
        Assert.Contains("href=\"/request-help/check-answers\" class=\"govuk-back-link\"", await journey.GetPageAsync("/request-help/name?change=true"), StringComparison.Ordinal);

        var path = await journey.AnswerAsync("/request-help/who-for?change=true", new Dictionary<string, string> { ["AskingFor"] = "SomeoneElse" });
        Assert.Equal("/request-help/your-name?change=true", path);
        path = await journey.AnswerAsync(path, new Dictionary<string, string> { ["CallerName"] = "Grace Okafor" });
        path = await journey.AnswerAsync(path, new Dictionary<string, string> { ["Relationship"] = "FamilyMember" });
        path = await journey.AnswerAsync(path, new Dictionary<string, string> { ["CallerEmail"] = "grace@example.com" });
        Assert.Equal("/request-help/do-they-know?change=true", path);
        path = await journey.AnswerAsync(path, new Dictionary<string, string> { ["Awareness"] = "DoesNotKnow" });

        Assert.Equal("/request-help/check-answers", path);
        Assert.Equal("/request-help/check-answers", await journey.AnswerAsync("/request-help/name?change=true", new Dictionary<string, string> { ["GivenName"] = "Peggy", ["FamilyName"] = "Okafor" }));
        var changed = await journey.GetPageAsync("/request-help/check-answers");
        Assert.Contains("Their first name", changed, StringComparison.Ordinal);
        Assert.Contains("Peggy", changed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_CheckAnswers_ChangeLinksNameEachAnswerAsGovukWritesIt()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        await journey.AnswerEverythingForMyselfAsync();

        var checkAnswers = await journey.GetPageAsync("/request-help/check-answers");

        Assert.Contains("Change<span class=\"govuk-visually-hidden\"> your NHS number</span>", checkAnswers, StringComparison.Ordinal);
        Assert.Contains("Change<span class=\"govuk-visually-hidden\"> your date of birth</span>", checkAnswers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_CheckAnswersBeforeEveryPageIsAnswered_GoesToTheFirstUnansweredPage()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        await journey.StartAsync();
        await journey.AnswerAsync("/request-help/who-for", new Dictionary<string, string> { ["AskingFor"] = "Myself" });
        await journey.AnswerAsync("/request-help/name", new Dictionary<string, string> { ["GivenName"] = "Margaret", ["FamilyName"] = "Okafor" });

        using var response = await journey.Http.GetAsync("/request-help/check-answers", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/request-help/date-of-birth", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_QuestionWithoutStarting_GoesToTheStartPageWhichNamesTheEmergencyNumbers()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database, Settings);
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/request-help/name", TestContext.Current.CancellationToken);
        var start = await client.GetStringAsync("/request-help", TestContext.Current.CancellationToken);

        Assert.Equal("/request-help", response.Headers.Location?.OriginalString);
        Assert.Contains("Call 999 if someone is in danger now", start, StringComparison.Ordinal);
        Assert.Contains(EmergencyDutyPhone, start, StringComparison.Ordinal);
        Assert.Contains("href=\"/request-help/begin\"", start, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AnyPageAfterSending_ShowsTheConfirmationAndStartingAgainBeginsANewRequest()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        await journey.AnswerEverythingForMyselfAsync();
        await journey.SendAsync();

        using var back = await journey.Http.GetAsync("/request-help/what-is-happening", TestContext.Current.CancellationToken);
        var again = await journey.StartAsync();
        var whoFor = await journey.GetPageAsync(again);

        Assert.Equal("/request-help/confirmation", back.Headers.Location?.OriginalString);
        Assert.Equal("/request-help/who-for", again);
        Assert.DoesNotContain("checked", whoFor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var journey = new RequestHelpClient(app.CreateBrowserLikeClient());
        await journey.StartAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["AskingFor"] = "Myself" });

        using var response = await journey.Http.PostAsync("/request-help/who-for", form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_PortalHome_LinksToTheRequestForHelp()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();

        var home = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("href=\"/request-help\"", home, StringComparison.Ordinal);
    }
}
