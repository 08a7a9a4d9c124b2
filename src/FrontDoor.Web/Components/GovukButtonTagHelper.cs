using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FrontDoor.Web.Components;

public enum ButtonVariant
{
    Primary,
    Secondary,
    Warning,
    Inverse,
}

/// <summary>
/// GOV.UK button: a submit button, or with <c>href</c> a link that looks like one.
/// <c>&lt;govuk-button prevent-double-click="true"&gt;Continue&lt;/govuk-button&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-button")]
public sealed class GovukButtonTagHelper : TagHelper
{
    public ButtonVariant Variant { get; set; }

    public string? Href { get; set; }

    public string Type { get; set; } = "submit";

    /// <summary>For a button that submits one of several handlers, e.g. <c>asp-page-handler</c>'s <c>formaction</c>.</summary>
    public string? Formaction { get; set; }

    public bool PreventDoubleClick { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-button" + (Variant == ButtonVariant.Primary ? string.Empty : $" govuk-button--{Variant.ToString().ToLowerInvariant()}"));
        output.Attributes.SetAttribute("data-module", "govuk-button");
        if (Href is not null)
        {
            output.TagName = "a";
            output.Attributes.SetAttribute("href", Href);
            output.Attributes.SetAttribute("role", "button");
            output.Attributes.SetAttribute("draggable", "false");
            return;
        }

        output.TagName = "button";
        output.Attributes.SetAttribute("type", Type);
        if (Formaction is not null)
        {
            output.Attributes.SetAttribute("formaction", Formaction);
        }

        if (PreventDoubleClick)
        {
            output.Attributes.SetAttribute("data-prevent-double-click", "true");
        }
    }
}
