using FrontDoor.Web.Components;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FrontDoor.Web.Pages.Portal.RequestHelp;

/// <summary>
/// A GOV.UK character count (a textarea that says how much more can be typed), for <c>_CharacterCount</c>.
/// Without JavaScript it is a plain textarea with the limit written under it.
/// </summary>
public sealed record CharacterCountField(string Name, string Label, string? Hint, string? Value, int MaxLength, string? Error, bool LabelIsHeading = false, int Rows = 8)
{
    public string Id => GovukField.IdFor(Name);

    public static CharacterCountField For(ModelStateDictionary modelState, string name, string label, string? hint, string? value, int maxLength, bool labelIsHeading = false, int rows = 8) =>
        new(name, label, hint, value, maxLength, GovukField.FirstError(modelState, name), labelIsHeading, rows);
}
