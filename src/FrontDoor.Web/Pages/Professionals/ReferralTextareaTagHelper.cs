using FrontDoor.Web.Components;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FrontDoor.Web.Pages.Professionals;

/// <summary>
/// GOV.UK textarea for the e-forms' free-text answers: <c>&lt;referral-textarea asp-for="Concern.Story" label="…" /&gt;</c>.
/// Kept with the journey until the shared components gain one; the text is always encoded, never rendered as HTML.
/// </summary>
[HtmlTargetElement("referral-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ReferralTextareaTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public string Label { get; set; } = string.Empty;

    public LabelSize LabelSize { get; set; }

    public string? Hint { get; set; }

    public int Rows { get; set; } = 5;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = GovukField.For(For, ViewContext);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", GovukField.FormGroupClass(field.Error));

        var label = new TagBuilder("label");
        label.AddCssClass("govuk-label" + LabelSize.Modifier("govuk-label"));
        label.Attributes["for"] = field.Id;
        label.InnerHtml.Append(Label);
        output.Content.AppendHtml(label);
        output.Content.AppendHtml(field.Hint(Hint));
        output.Content.AppendHtml(field.ErrorMessage());

        var textarea = new TagBuilder("textarea");
        textarea.AddCssClass("govuk-textarea" + (field.Error is null ? string.Empty : " govuk-textarea--error"));
        textarea.Attributes["id"] = field.Id;
        textarea.Attributes["name"] = field.Name;
        textarea.Attributes["rows"] = Rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (field.DescribedBy(Hint) is { } describedBy)
        {
            textarea.Attributes["aria-describedby"] = describedBy;
        }

        textarea.InnerHtml.Append(field.Value(field.Name, For.Model) ?? string.Empty);
        output.Content.AppendHtml(textarea);
    }
}
