using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FrontDoor.Web.Components;

/// <summary>One option of <c>govuk-radios</c> or <c>govuk-checkboxes</c>.</summary>
[HtmlTargetElement("govuk-radio", ParentTag = "govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("govuk-checkbox", ParentTag = "govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukChoiceItemTagHelper : TagHelper
{
    public string Value { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public string? Hint { get; set; }

    /// <summary>A <c>data-testid</c> for browser tests.</summary>
    public string? TestId { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ((List<GovukChoiceItemTagHelper>)context.Items[typeof(GovukChoiceItemTagHelper)]).Add(this);
        output.SuppressOutput();
    }
}

/// <summary>
/// GOV.UK radios or checkboxes in a fieldset, bound to a property:
/// <c>&lt;govuk-radios asp-for="Who" legend="…"&gt;&lt;govuk-radio value="a" label="…" /&gt;&lt;/govuk-radios&gt;</c>.
/// The first option's id is the field's id, so the error summary links to it.
/// </summary>
[HtmlTargetElement("govuk-radios")]
[HtmlTargetElement("govuk-checkboxes")]
public sealed class GovukChoicesTagHelper : TagHelper
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

    /// <summary>Radios side by side; only for two short options such as Yes and No.</summary>
    public bool Inline { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var items = new List<GovukChoiceItemTagHelper>();
        context.Items[typeof(GovukChoiceItemTagHelper)] = items;
        await output.GetChildContentAsync();

        var block = output.TagName == "govuk-radios" ? "govuk-radios" : "govuk-checkboxes";
        var inputType = block == "govuk-radios" ? "radio" : "checkbox";
        var field = GovukField.For(For, ViewContext);
        var selected = field.Values(For.Model);

        var fieldset = GovukFieldset.Open(Legend, LegendSize, LegendIsHeading, field.DescribedBy(Hint));
        fieldset.InnerHtml.AppendHtml(field.Hint(Hint));
        fieldset.InnerHtml.AppendHtml(field.ErrorMessage());

        var list = new TagBuilder("div");
        list.AddCssClass(block + (Inline ? $" {block}--inline" : string.Empty));
        list.Attributes["data-module"] = block;
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var id = index == 0 ? field.Id : $"{field.Id}-{index + 1}";
            var wrapper = new TagBuilder("div");
            wrapper.AddCssClass($"{block}__item");

            var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.AddCssClass($"{block}__input");
            input.Attributes["id"] = id;
            input.Attributes["name"] = field.Name;
            input.Attributes["type"] = inputType;
            input.Attributes["value"] = item.Value;
            if (selected.Contains(item.Value))
            {
                input.Attributes["checked"] = "checked";
            }

            if (item.Hint is not null)
            {
                input.Attributes["aria-describedby"] = $"{id}-item-hint";
            }

            if (item.TestId is not null)
            {
                input.Attributes["data-testid"] = item.TestId;
            }

            var label = new TagBuilder("label");
            label.AddCssClass($"govuk-label {block}__label");
            label.Attributes["for"] = id;
            label.InnerHtml.Append(item.Label);
            wrapper.InnerHtml.AppendHtml(input).AppendHtml(label);

            if (item.Hint is not null)
            {
                var hint = new TagBuilder("div");
                hint.Attributes["id"] = $"{id}-item-hint";
                hint.AddCssClass($"govuk-hint {block}__hint");
                hint.InnerHtml.Append(item.Hint);
                wrapper.InnerHtml.AppendHtml(hint);
            }

            list.InnerHtml.AppendHtml(wrapper);
        }

        fieldset.InnerHtml.AppendHtml(list);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", GovukField.FormGroupClass(field.Error));
        output.Content.SetHtmlContent(fieldset);
    }
}
