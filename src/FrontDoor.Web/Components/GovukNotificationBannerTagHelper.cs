using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FrontDoor.Web.Components;

/// <summary>
/// GOV.UK notification banner: <c>&lt;govuk-notification-banner heading="…"&gt;…&lt;/govuk-notification-banner&gt;</c>;
/// <c>success="true"</c> for the green banner that confirms what someone just did.
/// </summary>
[HtmlTargetElement("govuk-notification-banner")]
public sealed class GovukNotificationBannerTagHelper : TagHelper
{
    public bool Success { get; set; }

    public string? Title { get; set; }

    /// <summary>The banner's main line, in bold.</summary>
    public string? Heading { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        var titleId = "govuk-notification-banner-title";
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-notification-banner" + (Success ? " govuk-notification-banner--success" : string.Empty));
        output.Attributes.SetAttribute("role", Success ? "alert" : "region");
        output.Attributes.SetAttribute("aria-labelledby", titleId);
        output.Attributes.SetAttribute("data-module", "govuk-notification-banner");

        var header = new TagBuilder("div");
        header.AddCssClass("govuk-notification-banner__header");
        var title = new TagBuilder("h2");
        title.AddCssClass("govuk-notification-banner__title");
        title.Attributes["id"] = titleId;
        title.InnerHtml.Append(Title ?? (Success ? "Success" : "Important"));
        header.InnerHtml.AppendHtml(title);

        var body = new TagBuilder("div");
        body.AddCssClass("govuk-notification-banner__content");
        if (Heading is not null)
        {
            var heading = new TagBuilder("p");
            heading.AddCssClass("govuk-notification-banner__heading");
            heading.InnerHtml.Append(Heading);
            body.InnerHtml.AppendHtml(heading);
        }

        body.InnerHtml.AppendHtml(content);
        output.Content.AppendHtml(header).AppendHtml(body);
    }
}
