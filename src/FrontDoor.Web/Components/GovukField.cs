using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace FrontDoor.Web.Components;

/// <summary>
/// What every GOV.UK form field needs from the model: its name, its id (also the error summary's link
/// target), the value to show again and the first ModelState error. ModelState drives all error markup,
/// so a page that adds an error gets the summary and the inline message for free.
/// </summary>
internal sealed class GovukField
{
    private GovukField(string name, string id, string? error, ModelStateDictionary modelState)
    {
        Name = name;
        Id = id;
        Error = error;
        ModelState = modelState;
    }

    public string Name { get; }

    public string Id { get; }

    public string? Error { get; }

    public ModelStateDictionary ModelState { get; }

    public string HintId => $"{Id}-hint";

    public string ErrorId => $"{Id}-error";

    public static GovukField For(ModelExpression expression, ViewContext viewContext)
    {
        var name = viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);
        return new GovukField(name, IdFor(name), FirstError(viewContext.ModelState, name), viewContext.ModelState);
    }

    /// <summary>The element id for a field name; the error summary links to the same id.</summary>
    public static string IdFor(string name) => TagBuilder.CreateSanitizedId(name, "-");

    public static string? FirstError(ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage is { Length: > 0 } message ? message : "Enter a valid value"
            : null;

    /// <summary>What the user typed last time (so a failed post shows it again), else the model's value.</summary>
    public string? Value(string key, object? model) =>
        ModelState.TryGetValue(key, out var entry) && entry.AttemptedValue is not null ? entry.AttemptedValue : model?.ToString();

    public IReadOnlyCollection<string> Values(object? model)
    {
        if (ModelState.TryGetValue(Name, out var entry) && entry.RawValue is not null)
        {
            return entry.RawValue is string[] raw ? raw : [entry.RawValue.ToString() ?? string.Empty];
        }

        return model switch
        {
            null => [],
            string single => [single],
            System.Collections.IEnumerable many => [.. many.Cast<object?>().Select(item => item?.ToString() ?? string.Empty)],
            _ => [model.ToString() ?? string.Empty],
        };
    }

    public string? DescribedBy(string? hint) =>
        string.Join(' ', new[] { hint is null ? null : HintId, Error is null ? null : ErrorId }.OfType<string>()) is { Length: > 0 } ids ? ids : null;

    /// <summary>The field's label; a page's only question has it as the page's heading, inside an h1.</summary>
    public IHtmlContent Label(string text, LabelSize size, bool isHeading)
    {
        var label = new TagBuilder("label");
        label.AddCssClass("govuk-label" + size.Modifier("govuk-label"));
        label.Attributes["for"] = Id;
        label.InnerHtml.Append(text);
        if (!isHeading)
        {
            return label;
        }

        var heading = new TagBuilder("h1");
        heading.AddCssClass("govuk-label-wrapper");
        heading.InnerHtml.AppendHtml(label);
        return heading;
    }

    public IHtmlContent Hint(string? hint, string extraClass = "")
    {
        if (hint is null)
        {
            return HtmlString.Empty;
        }

        var div = new TagBuilder("div");
        div.Attributes["id"] = HintId;
        div.AddCssClass(("govuk-hint " + extraClass).Trim());
        div.InnerHtml.Append(hint);
        return div;
    }

    public IHtmlContent ErrorMessage()
    {
        if (Error is null)
        {
            return HtmlString.Empty;
        }

        var p = new TagBuilder("p");
        p.Attributes["id"] = ErrorId;
        p.AddCssClass("govuk-error-message");
        p.InnerHtml.AppendHtml("<span class=\"govuk-visually-hidden\">Error:</span> ").Append(Error);
        return p;
    }

    public static string FormGroupClass(string? error, string? extra = null) =>
        string.Join(' ', new[] { "govuk-form-group", error is null ? null : "govuk-form-group--error", extra }.OfType<string>());
}
