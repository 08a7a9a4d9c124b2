using FrontDoor.Web.Components;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FrontDoor.Web.Pages.Professionals;

/// <summary>
/// The GOV.UK error summary for the e-forms' longer pages, listing errors in the order of the fields on the
/// page as GOV.UK asks. ModelState enumerates its keys by length, which on a one-question page does not show.
/// </summary>
[HtmlTargetElement("referral-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ReferralErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>Field names in page order; errors on other keys follow them.</summary>
    public IReadOnlyList<string> FieldOrder { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var modelState = ViewContext.ModelState;
        var keys = modelState.Where(entry => entry.Value is { Errors.Count: > 0 }).Select(entry => entry.Key).ToList();
        if (keys.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var ordered = FieldOrder.Where(keys.Contains).Concat(keys.Where(key => !FieldOrder.Contains(key)));
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");

        var list = new TagBuilder("ul");
        list.AddCssClass("govuk-list govuk-error-summary__list");
        foreach (var key in ordered)
        {
            var item = new TagBuilder("li");
            var link = new TagBuilder("a");
            link.Attributes["href"] = "#" + GovukField.IdFor(key);
            link.InnerHtml.Append(GovukField.FirstError(modelState, key)!);
            item.InnerHtml.AppendHtml(link);
            list.InnerHtml.AppendHtml(item);
        }

        var body = new TagBuilder("div");
        body.AddCssClass("govuk-error-summary__body");
        body.InnerHtml.AppendHtml(list);
        var alert = new TagBuilder("div");
        alert.Attributes["role"] = "alert";
        alert.InnerHtml.AppendHtml("<h2 class=\"govuk-error-summary__title\">There is a problem</h2>");
        alert.InnerHtml.AppendHtml(body);
        output.Content.SetHtmlContent(alert);
    }
}
