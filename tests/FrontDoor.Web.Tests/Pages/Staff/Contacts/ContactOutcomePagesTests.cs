using System.Net;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Triage.Assessment;
using FrontDoor.Core.Triage.Referrals;
using FrontDoor.TestCommon.Databases;
using FrontDoor.Web.Pages.Staff.Contacts;
using FrontDoor.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Tests.Pages.Staff.Contacts;

public sealed class ContactOutcomePagesTests
{
    [Theory]
    [BothProviders]
    public async Task AssessReferAndClose_EachShowsOnTheContactPage_SoTheReceivingTeamSeesTheWholeContact(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "Fell twice this week; struggling to wash and cook since.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var contactUrl = $"/staff/contacts/{contactId}";
        var assessmentUrl = $"{contactUrl}/assessment";

        var form = await client.GetStringAsync(assessmentUrl, ct);
        Assert.Contains("You can enter up to 4,000 characters", form, StringComparison.Ordinal);
        Assert.Contains("Maintaining personal hygiene", form, StringComparison.Ordinal);
        using (var saved = await client.PostFormAsync(assessmentUrl, assessmentUrl, new Dictionary<string, string>
        {
            ["Version"] = (await VersionAsync(database, contactId)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["WhatMatters"] = "Cooking for herself again.",
            ["StrengthsAndNetworks"] = "Neighbour shops for her.",
            ["OutcomesNotAchieved[0]"] = nameof(CareActOutcome.PersonalHygiene),
            ["OutcomesNotAchieved[1]"] = nameof(CareActOutcome.ManagingNutrition),
            ["HasCarer"] = "False",
            ["BenefitsAdvice"] = nameof(BenefitsAdviceOffer.Offered),
            ["FairerChargingExplained"] = "True",
            ["AnnualIncomeGained"] = "£1,250.00",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal($"{contactUrl}#assessment", saved.Headers.Location!.OriginalString);
        }

        var refer = await client.GetStringAsync($"{contactUrl}/refer?type=Reablement", ct);
        Assert.Contains("Home First and reablement", refer, StringComparison.Ordinal);
        Assert.Contains("Hospital Discharge Team", refer, StringComparison.Ordinal);
        Assert.DoesNotContain("Safeguarding Adults (MASH)", refer, StringComparison.Ordinal);
        using (var referred = await client.PostFormAsync($"{contactUrl}/refer?type=Reablement", $"{contactUrl}/refer", new Dictionary<string, string>
        {
            ["type"] = "Reablement",
            ["Version"] = (await VersionAsync(database, contactId)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["QueueKey"] = "home-first",
            ["Reason"] = "Wants to regain confidence in the kitchen.",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, referred.StatusCode);
        }

        var page = await client.GetStringAsync(contactUrl, ct);
        Assert.Contains("Cooking for herself again.", page, StringComparison.Ordinal);
        Assert.Contains("<li>Maintaining personal hygiene</li>", page, StringComparison.Ordinal);
        Assert.Contains("1,250.00", page, StringComparison.Ordinal);
        Assert.Contains("Reablement to Home First and reablement", page, StringComparison.Ordinal);
        Assert.Contains("Wants to regain confidence in the kitchen.", page, StringComparison.Ordinal);
        Assert.Contains("Fell twice this week; struggling to wash and cook since.", page, StringComparison.Ordinal);

        var close = await client.GetStringAsync($"{contactUrl}/close", ct);
        Assert.Matches("<input checked=\"checked\"[^>]*value=\"ReferredToReablement\"", close);
        Assert.DoesNotContain("value=\"ReferredToSafeguarding\"", close, StringComparison.Ordinal);
        using (var closed = await client.PostFormAsync($"{contactUrl}/close", $"{contactUrl}/close", new Dictionary<string, string>
        {
            ["Version"] = (await VersionAsync(database, contactId)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Outcomes[0]"] = nameof(ContactOutcome.ReferredToReablement),
            ["Outcomes[1]"] = nameof(ContactOutcome.Signposted),
            ["SignpostedTo"] = "Lunch club at the community centre",
            ["Summary"] = "Referred to Home First; told her about the lunch club.",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        }

        var after = await client.GetStringAsync(contactUrl, ct);
        Assert.Contains("Referred to reablement (main)", after, StringComparison.Ordinal);
        Assert.Contains("Lunch club at the community centre", after, StringComparison.Ordinal);
        Assert.Contains("Referred to Home First; told her about the lunch club.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"close-link\"", after, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct);
        Assert.Equal((ContactStatus.Closed, "home-first", 1), (contact.Status, contact.QueueKey, contact.HandOffs));
    }

    [Fact]
    public async Task Refer_ForServicesBeforeThePrompts_ListsWhatIsMissingAndLinksToTheAssessment()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "Needs help to get out of the bath.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{contactId}/refer";

        Assert.Contains("data-testid=\"missing-prompts\"", await client.GetStringAsync($"{url}?type=OccupationalTherapy", ct), StringComparison.Ordinal);
        using var refused = await client.PostFormAsync($"{url}?type=OccupationalTherapy", url, new Dictionary<string, string>
        {
            ["type"] = "OccupationalTherapy",
            ["Version"] = (await VersionAsync(database, contactId)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["QueueKey"] = "occupational-therapy",
            ["Reason"] = "Bath lift assessment.",
        });

        var html = await refused.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("<a href=\"#BenefitsAdvice\">Record in the contact assessment whether benefits advice was offered before referring for occupational therapy</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#FairerChargingExplained\">Record in the contact assessment whether Fairer Charging was explained before referring for occupational therapy</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<li id=\"BenefitsAdvice\">whether benefits advice was offered: <a class=\"govuk-link\" href=\"/staff/contacts/{contactId}/assessment#BenefitsAdvice\">", html, StringComparison.Ordinal);
        Assert.Contains("Bath lift assessment.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refer_ToATeamThatDoesNotTakeTheType_ShowsTheReason_AndTypeMissing_IsAsked()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "Bruises on her arms; says her son gets angry.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{contactId}/refer";

        using var refused = await client.PostFormAsync($"{url}?type=Safeguarding", url, new Dictionary<string, string>
        {
            ["type"] = "Safeguarding",
            ["Version"] = (await VersionAsync(database, contactId)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["QueueKey"] = "home-first",
            ["Reason"] = "",
        });
        var html = await refused.Content.ReadAsStringAsync(ct);
        Assert.Contains("<a href=\"#QueueKey\">Home First and reablement does not take safeguarding referrals: choose a team that takes them</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Reason\">Enter what the receiving team needs to know</a>", html, StringComparison.Ordinal);

        using var noType = await client.PostFormAsync(url, $"{url}?handler=Type", new Dictionary<string, string>());
        Assert.Contains("<a href=\"#Type\">Select the type of referral</a>", await noType.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        using var typed = await client.PostFormAsync(url, $"{url}?handler=Type", new Dictionary<string, string> { ["Type"] = "Safeguarding" });
        Assert.Equal($"{url}?type=Safeguarding", typed.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SafeguardingReferral_TheContactPageAsksForTheEnquiryDecision_AndRecordsIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "Bruises on her arms; says her son gets angry.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var contactUrl = $"/staff/contacts/{contactId}";
        (await client.PostFormAsync($"{contactUrl}/refer?type=Safeguarding", $"{contactUrl}/refer", new Dictionary<string, string>
        {
            ["type"] = "Safeguarding",
            ["Version"] = (await VersionAsync(database, contactId)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["QueueKey"] = "mash",
            ["Reason"] = "Possible domestic abuse by her son.",
        })).Dispose();
        await using var db = database.CreateDbContext();
        var referral = await db.Set<ContactReferral>().AsNoTracking().SingleAsync(ct);

        var page = await client.GetStringAsync(contactUrl, ct);
        Assert.Contains("data-testid=\"enquiry-decision-form\"", page, StringComparison.Ordinal);
        using var empty = await client.PostFormAsync(contactUrl, $"{contactUrl}/safeguarding-decision", new Dictionary<string, string> { ["referral"] = referral.Id.ToString(), ["Version"] = (await VersionAsync(database, contactId)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Contains("<a href=\"#BecameEnquiry\">Select whether the concern became a section 42 enquiry</a>", await empty.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        using var decided = await client.PostFormAsync(contactUrl, $"{contactUrl}/safeguarding-decision", new Dictionary<string, string> { ["referral"] = referral.Id.ToString(), ["Version"] = (await VersionAsync(database, contactId)).ToString(System.Globalization.CultureInfo.InvariantCulture), ["BecameEnquiry"] = "True" });
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        var after = await client.GetStringAsync(contactUrl, ct);
        Assert.Contains("Became a section 42 enquiry, recorded by", after, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"enquiry-decision-form\"", after, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Close_WithoutWhatIsRequired_ListsEveryMissingItemAtOnce(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var app = FrontDoorAppFactory.For(database);
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "Asked about bin collections.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{contactId}/close";

        using var refused = await client.PostFormAsync(url, url, new Dictionary<string, string>
        {
            ["Version"] = (await VersionAsync(database, contactId)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Outcomes[0]"] = nameof(ContactOutcome.NotForAdultSocialCare),
            ["Outcomes[1]"] = nameof(ContactOutcome.NoFurtherAction),
            ["Outcomes[2]"] = nameof(ContactOutcome.ReferredToSafeguarding),
        });

        var html = await refused.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        string[] expected =
        [
            "<a href=\"#Outcomes\">Refer the contact for safeguarding before closing with that outcome: a referral outcome is recorded by making the referral</a>",
            "<a href=\"#WhereInstead\">Enter where the person should go instead</a>",
            "<a href=\"#NoFurtherActionReason\">Enter why no further action is needed</a>",
            "<a href=\"#Summary\">Enter a closing summary</a>",
        ];
        var positions = expected.Select(text => html.IndexOf(text, StringComparison.Ordinal)).ToList();
        Assert.All(positions, position => Assert.True(position >= 0, html));
        Assert.Equal(positions.Order(), positions);
        await using var db = database.CreateDbContext();
        Assert.Equal(ContactStatus.Open, (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contactId, ct)).Status);
    }

    [Fact]
    public async Task Assessment_FromAStalePageOrWithBadIncome_ShowsTheGovukErrors_AndSavesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        var contactId = await StaffContactsTestKit.ReceiveAsync(app, "Carer is exhausted.");
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();
        var url = $"/staff/contacts/{contactId}/assessment";
        var version = await VersionAsync(database, contactId);

        using var badIncome = await client.PostFormAsync(url, url, new Dictionary<string, string> { ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["AnnualIncomeGained"] = "lots", ["Risks"] = new string('r', ContactAssessment.MaxTextLength + 1) });
        var html = await badIncome.Content.ReadAsStringAsync(ct);
        Assert.Contains("<a href=\"#Risks\">Risks must be 4,000 characters or fewer</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#AnnualIncomeGained\">Enter the annual income gained as an amount in pounds, like 1200 or 1200.50</a>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"lots\"", html, StringComparison.Ordinal);

        using (var first = await client.PostFormAsync(url, url, new Dictionary<string, string> { ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["HasCarer"] = "True" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var stale = await client.PostFormAsync(url, url, new Dictionary<string, string> { ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["HasCarer"] = "False" });
        var staleHtml = await stale.Content.ReadAsStringAsync(ct);
        Assert.Contains(ContactEventWords.ChangedMeanwhile, staleHtml, StringComparison.Ordinal);
        Assert.Contains($"name=\"Version\" value=\"{version + 1}\"", staleHtml, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.ContactEvents.CountAsync(e => e.ContactId == contactId && e.Kind == ContactEventKind.AssessmentRecorded, ct));
        Assert.True((await db.Set<ContactAssessment>().AsNoTracking().SingleAsync(ct)).HasCarer);
    }

    [Theory]
    [InlineData("assessment")]
    [InlineData("refer")]
    [InlineData("refer?type=Reablement")]
    [InlineData("close")]
    [InlineData("safeguarding-decision?referral=0193a000-0000-7000-8000-000000000001")]
    public async Task Pages_ForAnUnknownContact_AreNotFound(string page)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var app = FrontDoorAppFactory.For(database);
        using var client = app.CreateBrowserLikeClient();
        (await client.SignInAsDemoUserAsync("demo-advisor")).Dispose();

        using var response = await client.GetAsync($"/staff/contacts/{Guid.NewGuid()}/{page}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<int> VersionAsync(TestDatabase database, Guid contactId)
    {
        await using var db = database.CreateDbContext();
        return await db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => c.Version).SingleAsync(TestContext.Current.CancellationToken);
    }
}
