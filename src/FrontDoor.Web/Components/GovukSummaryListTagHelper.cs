using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FrontDoor.Web.Components;

/// <summary>GOV.UK summary list: <c>&lt;govuk-summary-list&gt;&lt;govuk-summary-row key="Name"&gt;…&lt;/govuk-summary-row&gt;&lt;/govuk-summary-list&gt;</c>.</summary>
[HtmlTargetElement("govuk-summary-list")]
public sealed class GovukSummaryListTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "dl";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-summary-list");
    }
}

/// <summary>One row; the content is the value. <c>change-href</c> adds a Change link whose hidden text names the row.</summary>
[HtmlTargetElement("govuk-summary-row", ParentTag = "govuk-summary-list")]
public sealed class GovukSummaryRowTagHelper : TagHelper
{
    public string Key { get; set; } = string.Empty;

    public string? ChangeHref { get; set; }

    /// <summary>What the Change link changes, for screen readers; defaults to the key as it reads mid-sentence.</summary>
    public string? ChangeHiddenText { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var value = await output.GetChildContentAsync();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-summary-list__row" + (ChangeHref is null ? " govuk-summary-list__row--no-actions" : string.Empty));

        var key = new TagBuilder("dt");
        key.AddCssClass("govuk-summary-list__key");
        key.InnerHtml.Append(Key);
        var valueCell = new TagBuilder("dd");
        valueCell.AddCssClass("govuk-summary-list__value");
        valueCell.InnerHtml.AppendHtml(value);
        output.Content.AppendHtml(key).AppendHtml(valueCell);

        if (ChangeHref is not null)
        {
            var actions = new TagBuilder("dd");
            actions.AddCssClass("govuk-summary-list__actions");
            var link = new TagBuilder("a");
            link.AddCssClass("govuk-link");
            link.Attributes["href"] = ChangeHref;
            link.InnerHtml.Append("Change");
            var hidden = new TagBuilder("span");
            hidden.AddCssClass("govuk-visually-hidden");
            hidden.InnerHtml.Append(" " + (ChangeHiddenText ?? SentenceText.MidSentence(Key)));
            link.InnerHtml.AppendHtml(hidden);
            actions.InnerHtml.AppendHtml(link);
            output.Content.AppendHtml(actions);
        }
    }
}
