using FrontDoor.Web.Components;

namespace FrontDoor.Web.Tests.Components;

public sealed class GovukCharacterCountTagHelperTests
{
    [Fact]
    public void Render_WithoutErrors_IsTheGovukCharacterCountWithTheLimitWrittenForPagesWithoutJavaScript()
    {
        var page = new TagHelperRendering<StoryForm>(new StoryForm { Story = "Since my fall <b>I cannot</b> manage" });

        var html = TagHelperRendering<StoryForm>.Render(new GovukCharacterCountTagHelper
        {
            For = page.For(m => m.Story), ViewContext = page.ViewContext, Label = "What is happening?", LabelSize = LabelSize.L, LabelIsHeading = true,
            Hint = "In your own words", MaxLength = 20000, Rows = 10, TestId = "story",
        }, "govuk-character-count");

        Assert.Equal(
            "<div class=\"govuk-form-group govuk-character-count\" data-module=\"govuk-character-count\" data-maxlength=\"20000\">"
            + "<h1 class=\"govuk-label-wrapper\"><label class=\"govuk-label govuk-label--l\" for=\"Story\">What is happening?</label></h1>"
            + "<div class=\"govuk-hint\" id=\"Story-hint\">In your own words</div>"
            + "<textarea aria-describedby=\"Story-info Story-hint\" class=\"govuk-textarea govuk-js-character-count\" data-testid=\"story\" id=\"Story\" name=\"Story\" rows=\"10\">Since my fall &lt;b&gt;I cannot&lt;/b&gt; manage</textarea>"
            + "<div class=\"govuk-hint govuk-character-count__message\" id=\"Story-info\">You can enter up to 20,000 characters</div>"
            + "</div>",
            html);
    }

    [Fact]
    public void Render_WithAnError_ShowsTheMessageAndWhatWasTyped()
    {
        var page = new TagHelperRendering<StoryForm>(new StoryForm());
        page.ModelState.SetModelValue("Story", "far too long", "far too long");
        page.ModelState.AddModelError("Story", "What is happening must be 5 characters or fewer");

        var html = TagHelperRendering<StoryForm>.Render(new GovukCharacterCountTagHelper
        {
            For = page.For(m => m.Story), ViewContext = page.ViewContext, Label = "What is happening?", LabelSize = LabelSize.S, MaxLength = 5,
        }, "govuk-character-count");

        Assert.StartsWith("<div class=\"govuk-form-group govuk-form-group--error govuk-character-count\"", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"govuk-label govuk-label--s\" for=\"Story\">What is happening?</label><p class=\"govuk-error-message\" id=\"Story-error\">", html, StringComparison.Ordinal);
        Assert.Contains("<textarea aria-describedby=\"Story-info Story-error\" class=\"govuk-textarea govuk-js-character-count govuk-textarea--error\" id=\"Story\" name=\"Story\" rows=\"5\">far too long</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("You can enter up to 5 characters", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ANestedField_UsesTheFullNameAndItsId()
    {
        var page = new TagHelperRendering<ReferralForm>(new ReferralForm());

        var html = TagHelperRendering<ReferralForm>.Render(new GovukCharacterCountTagHelper
        {
            For = page.For(m => m.Concern.Story), ViewContext = page.ViewContext, Label = "What did you find?", MaxLength = 4000,
        }, "govuk-character-count");

        Assert.Contains("<textarea aria-describedby=\"Concern-Story-info\" class=\"govuk-textarea govuk-js-character-count\" id=\"Concern-Story\" name=\"Concern.Story\" rows=\"5\"></textarea>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithoutAMaxLength_IsAMistakeThePageMakerSees()
    {
        var page = new TagHelperRendering<StoryForm>(new StoryForm());

        Assert.Throws<InvalidOperationException>(() => TagHelperRendering<StoryForm>.Render(new GovukCharacterCountTagHelper { For = page.For(m => m.Story), ViewContext = page.ViewContext }, "govuk-character-count"));
    }

    public sealed class StoryForm
    {
        public string? Story { get; set; }
    }

    public sealed class ReferralForm
    {
        public ConcernAnswers Concern { get; set; } = new();
    }

    public sealed class ConcernAnswers
    {
        public string? Story { get; set; }
    }
}
