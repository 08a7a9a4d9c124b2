using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FrontDoor.Web.Components;

/// <summary>
/// GOV.UK error summary listing every ModelState error, each linking to its field's id, in the order the fields
/// appear on the page. Renders nothing while ModelState is valid, so every form page can carry one at the top
/// of its form column.
/// </summary>
/// <remarks>
/// ModelState keeps no order of its own (it lists keys by length), so the page's order comes from the page:
/// <c>field-order</c> when the page passes it, otherwise the order the page model declares its properties
/// (and nested properties, for keys such as <c>Described.DateOfBirth</c>). Declare bound properties in the
/// order the page shows them, or pass <c>field-order</c> where a page lays fields out differently.
/// </remarks>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukErrorSummaryTagHelper(IModelMetadataProvider metadataProvider) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>Field names in page order, for a page whose fields are not in the order its model declares them. Fields it leaves out follow.</summary>
    public IReadOnlyList<string> FieldOrder { get; set; } = [];

    /// <summary>Lists every error of a field, not only its first: for a file whose check finds several problems, each at its line.</summary>
    public bool AllErrors { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var modelState = ViewContext.ModelState;
        var keys = modelState.Where(entry => entry.Value is { Errors.Count: > 0 }).Select(entry => entry.Key).ToList();
        if (keys.Count == 0)
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
        foreach (var (key, message) in InPageOrder(keys).SelectMany(key => Messages(modelState, key).Select(message => (key, message))))
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
                // A problem with the whole form, not one field: first, with nothing to link to.
                item.InnerHtml.Append(message);
            }

            list.InnerHtml.AppendHtml(item);
        }

        body.InnerHtml.AppendHtml(list);
        alert.InnerHtml.AppendHtml(body);
        output.Content.SetHtmlContent(alert);
    }

    private IEnumerable<string> Messages(ModelStateDictionary modelState, string key) =>
        AllErrors
            ? modelState[key]!.Errors.Select(error => error.ErrorMessage is { Length: > 0 } message ? message : "Enter a valid value")
            : [GovukField.FirstError(modelState, key)!];

    private IEnumerable<string> InPageOrder(List<string> keys)
    {
        var model = ViewContext.ViewData.Model is { } value ? metadataProvider.GetMetadataForType(value.GetType()) : ViewContext.ViewData.ModelMetadata;
        var explicitOrder = FieldOrder.Select((key, index) => (key, index)).DistinctBy(f => f.key, StringComparer.OrdinalIgnoreCase).ToDictionary(f => f.key, f => f.index, StringComparer.OrdinalIgnoreCase);

        // OrderBy is stable: keys the page does not know keep ModelState's order, after those it does.
        return keys
            .OrderBy(key => key.Length == 0 ? -1 : explicitOrder.GetValueOrDefault(key, int.MaxValue))
            .ThenBy(key => DeclaredPosition(model, key), PositionComparer.Instance);
    }

    /// <summary>"Concern.Story" → [index of Concern on the page model, index of Story on its type]; a part it cannot find sorts last.</summary>
    private static List<int> DeclaredPosition(ModelMetadata model, string key)
    {
        var position = new List<int>();
        ModelMetadata? current = model;
        foreach (var part in key.Split('.', '[', ']').Where(part => part.Length > 0))
        {
            if (current is { IsEnumerableType: true, ElementMetadata: { } element } && int.TryParse(part, out var index))
            {
                position.Add(index);
                current = element;
                continue;
            }

            var properties = current?.Properties.ToList() ?? [];
            var found = properties.FindIndex(p => string.Equals(p.PropertyName, part, StringComparison.OrdinalIgnoreCase));
            position.Add(found < 0 ? int.MaxValue : found);
            current = found < 0 ? null : properties[found];
        }

        return position;
    }

    private sealed class PositionComparer : IComparer<List<int>>
    {
        public static PositionComparer Instance { get; } = new();

        public int Compare(List<int>? x, List<int>? y)
        {
            for (var i = 0; i < Math.Min(x!.Count, y!.Count); i++)
            {
                if (x[i] != y[i])
                {
                    return x[i].CompareTo(y[i]);
                }
            }

            return x.Count.CompareTo(y.Count);
        }
    }
}
