using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FrontDoor.Web.Components;

/// <summary>
/// GOV.UK error summary listing every ModelState error, each linking to its field's id. Renders nothing
/// while ModelState is valid, so every form page can carry one at the top of its form column.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .Select(entry => (Key: entry.Key, Message: GovukField.FirstError(ViewContext.ModelState, entry.Key)!))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");

        var alert = new TagBuilder("div");
        alert.Attributes["role"] = "alert";
        alert.InnerHtml.AppendHtml("<h2 class=\"govuk-error-summary__title\">There is a problem</h2>");
        var body = new TagBuilder("div");
        body.AddCssClass("govuk-error-summary__body");
        var list = new TagBuilder("ul");
        list.AddCssClass("govuk-list govuk-error-summary__list");
        foreach (var (key, message) in errors)
        {
            var item = new TagBuilder("li");
            if (key.Length > 0)
            {
                var link = new TagBuilder("a");
                link.Attributes["href"] = "#" + GovukField.IdFor(key);
                link.InnerHtml.Append(message);
                item.InnerHtml.AppendHtml(link);
            }
            else
            {
                item.InnerHtml.Append(message);
            }

            list.InnerHtml.AppendHtml(item);
        }

        body.InnerHtml.AppendHtml(list);
        alert.InnerHtml.AppendHtml(body);
        output.Content.SetHtmlContent(alert);
    }
}
