using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FrontDoor.Web.Components;

/// <summary>
/// GOV.UK date input bound to a <see cref="DateParts"/> property. An error on the property marks all three
/// boxes; the day box carries the field's id so the error summary link lands on it.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukDateInputTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public string Legend { get; set; } = string.Empty;

    public LabelSize LegendSize { get; set; }

    public bool LegendIsHeading { get; set; }

    public string? Hint { get; set; }

    /// <summary>"bday" for a date of birth, so browsers can fill it in.</summary>
    public string? AutocompletePrefix { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = GovukField.For(For, ViewContext);
        var model = For.Model as DateParts;

        var fieldset = GovukFieldset.Open(Legend, LegendSize, LegendIsHeading, field.DescribedBy(Hint), isGroup: true);
        fieldset.InnerHtml.AppendHtml(field.Hint(Hint));
        fieldset.InnerHtml.AppendHtml(field.ErrorMessage());

        var inputs = new TagBuilder("div");
        inputs.AddCssClass("govuk-date-input");
        inputs.InnerHtml.AppendHtml(Part(field, "Day", field.Id, 2, model?.Day, "day"));
        inputs.InnerHtml.AppendHtml(Part(field, "Month", $"{field.Id}-month", 2, model?.Month, "month"));
        inputs.InnerHtml.AppendHtml(Part(field, "Year", $"{field.Id}-year", 4, model?.Year, "year"));
        fieldset.InnerHtml.AppendHtml(inputs);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", GovukField.FormGroupClass(field.Error));
        output.Content.SetHtmlContent(fieldset);
    }

    private TagBuilder Part(GovukField field, string part, string id, int width, string? modelValue, string autocompleteSuffix)
    {
        var name = $"{field.Name}.{part}";
        var item = new TagBuilder("div");
        item.AddCssClass("govuk-date-input__item");
        var group = new TagBuilder("div");
        group.AddCssClass("govuk-form-group");

        var label = new TagBuilder("label");
        label.AddCssClass("govuk-label govuk-date-input__label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(part);

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        var partError = GovukField.FirstError(field.ModelState, name);
        input.AddCssClass($"govuk-input govuk-date-input__input govuk-input--width-{width}" + (field.Error is not null || partError is not null ? " govuk-input--error" : string.Empty));
        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        input.Attributes["type"] = "text";
        input.Attributes["inputmode"] = "numeric";
        if (field.Value(name, modelValue) is { } value)
        {
            input.Attributes["value"] = value;
        }

        if (AutocompletePrefix is not null)
        {
            input.Attributes["autocomplete"] = $"{AutocompletePrefix}-{autocompleteSuffix}";
        }

        group.InnerHtml.AppendHtml(label).AppendHtml(input);
        item.InnerHtml.AppendHtml(group);
        return item;
    }
}
