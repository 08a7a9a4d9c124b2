using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FrontDoor.Web.Components;

/// <summary>GOV.UK tag: <c>&lt;govuk-tag colour="green"&gt;Open&lt;/govuk-tag&gt;</c>. Colours: grey, green, turquoise, blue, light-blue, purple, pink, red, orange, yellow.</summary>
[HtmlTargetElement("govuk-tag")]
public sealed class GovukTagTagHelper : TagHelper
{
    public string? Colour { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "strong";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-tag" + (Colour is null ? string.Empty : $" govuk-tag--{Colour}"));
    }
}
