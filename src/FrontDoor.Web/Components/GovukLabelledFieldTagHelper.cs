using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FrontDoor.Web.Components;

/// <summary>What every GOV.UK field with a label (text input, character count) takes from the page, and its form group.</summary>
public abstract class GovukLabelledFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public string Label { get; set; } = string.Empty;

    public LabelSize LabelSize { get; set; }

    public bool LabelIsHeading { get; set; }

    public string? Hint { get; set; }

    /// <summary>Makes the output the field's form group holding its label, hint and error message; the control goes after them.</summary>
    private protected GovukField BeginFormGroup(TagHelperOutput output, string? formGroupClass = null)
    {
        var field = GovukField.For(For, ViewContext);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", GovukField.FormGroupClass(field.Error, formGroupClass));
        output.Content.AppendHtml(field.Label(Label, LabelSize, LabelIsHeading));
        output.Content.AppendHtml(field.Hint(Hint));
        output.Content.AppendHtml(field.ErrorMessage());
        return field;
    }
}
