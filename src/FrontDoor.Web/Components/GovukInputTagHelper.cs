using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FrontDoor.Web.Components;

/// <summary>GOV.UK text input: <c>&lt;govuk-input asp-for="Postcode" label="Postcode" hint="…" width="10" autocomplete="postal-code" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper : GovukLabelledFieldTagHelper
{
    public string Type { get; set; } = "text";

    /// <summary>A GOV.UK fixed width in characters (2, 3, 4, 5, 10, 20, 30) or a fluid width such as "one-half".</summary>
    public string? Width { get; set; }

    public string? Autocomplete { get; set; }

    public string? Inputmode { get; set; }

    public bool? Spellcheck { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = BeginFormGroup(output);

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass(string.Join(' ', new[]
        {
            "govuk-input",
            Width is null ? null : char.IsDigit(Width[0]) ? $"govuk-input--width-{Width}" : $"govuk-!-width-{Width}",
            field.Error is null ? null : "govuk-input--error",
        }.OfType<string>()));
        input.Attributes["id"] = field.Id;
        input.Attributes["name"] = field.Name;
        input.Attributes["type"] = Type;
        if (field.Value(field.Name, For.Model) is { } value)
        {
            input.Attributes["value"] = value;
        }

        if (field.DescribedBy(Hint) is { } describedBy)
        {
            input.Attributes["aria-describedby"] = describedBy;
        }

        if (Autocomplete is not null)
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        if (Inputmode is not null)
        {
            input.Attributes["inputmode"] = Inputmode;
        }

        if (Spellcheck is { } spellcheck)
        {
            input.Attributes["spellcheck"] = spellcheck ? "true" : "false";
        }

        output.Content.AppendHtml(input);
    }
}
