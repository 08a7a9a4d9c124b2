using System.Text.RegularExpressions;
using FrontDoor.Web.Components;

namespace FrontDoor.Web.Tests.Components;

public sealed partial class GovukErrorSummaryTagHelperTests
{
    [Fact]
    public void Render_ListsErrorsInTheOrderThePageDeclaresItsFields_NotByTheLengthOfTheirNames()
    {
        var page = new TagHelperRendering<CallForm>(new CallForm());
        page.ModelState.AddModelError(nameof(CallForm.InDangerNow), "Select yes if anyone is in danger now");
        page.ModelState.AddModelError(nameof(CallForm.Story), "Enter what the call is about");
        page.ModelState.AddModelError(nameof(CallForm.CallerName), "Enter the caller's name");
        page.ModelState.AddModelError("Described.DateOfBirth", "Date of birth must be a real date");
        page.ModelState.AddModelError("Described.GivenName", "Enter a first name");

        Assert.Equal(["#Described-GivenName", "#Described-DateOfBirth", "#CallerName", "#Story", "#InDangerNow"], Links(Render(page)).Select(link => link.Href));
    }

    [Fact]
    public void Render_WithAFieldOrder_ListsThoseFieldsFirstInThatOrderAndTheRestAsDeclared()
    {
        var page = new TagHelperRendering<CallForm>(new CallForm());
        page.ModelState.AddModelError(nameof(CallForm.CallerName), "Enter the caller's name");
        page.ModelState.AddModelError(nameof(CallForm.InDangerNow), "Select yes if anyone is in danger now");
        page.ModelState.AddModelError(nameof(CallForm.Story), "Enter what the call is about");
        page.ModelState.AddModelError("Described.GivenName", "Enter a first name");

        var html = Render(page, fieldOrder: [nameof(CallForm.Story), nameof(CallForm.CallerName), "NotOnThisPage"]);

        Assert.Equal(
            [("#Story", "Enter what the call is about"), ("#CallerName", "Enter the caller&#x27;s name"), ("#Described-GivenName", "Enter a first name"), ("#InDangerNow", "Select yes if anyone is in danger now")],
            Links(html));
    }

    [Fact]
    public void Render_AProblemWithTheWholeFormComesFirstUnlinked_AndKeysThePageDoesNotDeclareComeLast()
    {
        var page = new TagHelperRendering<CallForm>(new CallForm());
        page.ModelState.AddModelError("Attachment", "The file could not be read");
        page.ModelState.AddModelError(nameof(CallForm.Story), "Enter what the call is about");
        page.ModelState.AddModelError(string.Empty, "Someone else has already recorded this call");

        var html = Render(page);

        Assert.Contains("<ul class=\"govuk-list govuk-error-summary__list\"><li>Someone else has already recorded this call</li><li><a href=\"#Story\">", html, StringComparison.Ordinal);
        Assert.Equal(["#Story", "#Attachment"], Links(html).Select(link => link.Href));
    }

    [Fact]
    public void Render_WithNoErrors_RendersNothing()
    {
        Assert.Equal(string.Empty, Render(new TagHelperRendering<CallForm>(new CallForm())));
    }

    private static string Render(TagHelperRendering<CallForm> page, IReadOnlyList<string>? fieldOrder = null) =>
        TagHelperRendering<CallForm>.Render(new GovukErrorSummaryTagHelper(TagHelperRendering<CallForm>.MetadataProvider) { ViewContext = page.ViewContext, FieldOrder = fieldOrder ?? [] }, "govuk-error-summary");

    private static List<(string Href, string Text)> Links(string html) =>
        [.. SummaryLink().Matches(html).Select(match => (match.Groups[1].Value, match.Groups[2].Value))];

    [GeneratedRegex("<a href=\"([^\"]+)\">([^<]*)</a>")]
    private static partial Regex SummaryLink();

    public sealed class CallForm
    {
        public CallerDescription Described { get; set; } = new();

        public string? CallerName { get; set; }

        public string? Story { get; set; }

        public string? InDangerNow { get; set; }
    }

    public sealed class CallerDescription
    {
        public string? GivenName { get; set; }

        public string? FamilyName { get; set; }

        public string? DateOfBirth { get; set; }
    }
}
