using FrontDoor.Core.Insight.Feedback;
using FrontDoor.EndToEndTests.Browser;
using FrontDoor.Web.Tests.Pages.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FrontDoor.EndToEndTests.Journeys;

/// <summary>The feedback survey from the texted link, in a real browser, with JavaScript (every page checked with axe) and without.</summary>
public sealed class FeedbackSurveyJourneyTests(Chromium chromium)
{
    [Fact]
    public async Task Person_AnswersTheSurvey_AfterTheErrors_SeesThankYou_AndTheLinkThenSaysItIsUsed_EveryPageAccessible()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        string token;
        await using (var db = frontDoor.CreateDbContext())
        {
            (token, _, _) = await SurveyInvitationsForTests.InvitedAsync(db);
        }

        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/feedback/{token}");
        await page.ArriveAtAsync($"/feedback/{token}");
        await Assertions.Expect(page.ByTestId("survey-heading")).ToHaveTextAsync("Tell us how we did");
        await page.AssertAccessibleAsync();

        // Nothing answered: an error for each question, in the summary, still accessible.
        await page.ByTestId("send-feedback").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select how satisfied you were with the help you got");
        await Assertions.Expect(page.Locator(".govuk-error-summary li")).ToHaveCountAsync(5);
        await page.AssertAccessibleAsync();

        // Too long a comment: the character count says so as it is typed, before anything is sent.
        await page.ByTestId("comment").FillAsync(new string('a', SurveyInvitation.MaxCommentLength + 3));
        await Assertions.Expect(page.Locator(".govuk-character-count__status")).ToHaveTextAsync("You have 3 characters too many");
        await page.AssertAccessibleAsync();

        await page.ByTestId("comment").FillAsync("Kind and quick.");
        await page.ByTestId("satisfaction-5").CheckAsync();
        for (var statement = 1; statement <= 4; statement++)
        {
            await page.ByTestId($"statement-{statement}-{(statement == 3 ? "prefer-not-to-say" : "agree")}").CheckAsync();
        }

        await page.ByTestId("send-feedback").ClickAsync();
        await page.ArriveAtAsync("/feedback/thank-you");
        await Assertions.Expect(page.ByTestId("survey-thank-you")).ToHaveTextAsync("Thank you for your feedback");
        await page.AssertAccessibleAsync();

        var again = await page.GotoAsync($"/feedback/{token}");
        Assert.Equal(404, again!.Status);
        await Assertions.Expect(page.ByTestId("survey-not-available")).ToHaveTextAsync("This survey link has already been used or is not valid");
        await page.AssertAccessibleAsync();

        await using var check = frontDoor.CreateDbContext();
        var answered = await check.Set<SurveyInvitation>().AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(((int?)5, (bool?)null, "Kind and quick."), (answered.Satisfaction, answered.AgreesAdviceHelpsWellbeing, answered.Comment));
    }

    [Fact]
    public async Task Person_WithJavaScriptOff_IsToldTheCommentIsTooLong_AnswersAndOptsOut_AndAnUnknownLinkIsNotAvailable()
    {
        await using var frontDoor = await RunningFrontDoor.StartAsync();
        string token;
        Guid personId;
        await using (var db = frontDoor.CreateDbContext())
        {
            (token, personId, _) = await SurveyInvitationsForTests.InvitedAsync(db);
        }

        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = frontDoor.Address.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        // No axe here: it runs on the page's timers, which never fire with JavaScript off (the journey above checks every page).
        await page.GotoAsync($"/feedback/{token}");
        await page.ArriveAtAsync($"/feedback/{token}");
        await Assertions.Expect(page.Locator(".govuk-character-count__message")).ToHaveTextAsync("You can enter up to 1,200 characters");
        await page.ByTestId("satisfaction-2").CheckAsync();
        for (var statement = 1; statement <= 4; statement++)
        {
            await page.ByTestId($"statement-{statement}-disagree").CheckAsync();
        }

        await page.ByTestId("comment").FillAsync(new string('b', SurveyInvitation.MaxCommentLength + 1));
        await page.ByTestId("do-not-ask-again").CheckAsync();
        await page.ByTestId("send-feedback").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Your comments must be 1,200 characters or fewer");
        await Assertions.Expect(page.ByTestId("satisfaction-2")).ToBeCheckedAsync();
        await Assertions.Expect(page.ByTestId("do-not-ask-again")).ToBeCheckedAsync();

        await page.ByTestId("comment").FillAsync("I waited a long time on the phone.");
        await page.ByTestId("send-feedback").ClickAsync();
        await page.ArriveAtAsync("/feedback/thank-you");
        await Assertions.Expect(page.ByTestId("survey-thank-you")).ToBeVisibleAsync();

        var unknown = await page.GotoAsync("/feedback/no-such-survey-link");
        Assert.Equal(404, unknown!.Status);
        await Assertions.Expect(page.ByTestId("survey-not-available")).ToBeVisibleAsync();

        await using var check = frontDoor.CreateDbContext();
        Assert.True(await check.People.Where(p => p.Id == personId).Select(p => p.DeclinesSurveys).SingleAsync(TestContext.Current.CancellationToken));
    }
}
