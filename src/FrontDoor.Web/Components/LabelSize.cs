namespace FrontDoor.Web.Components;

/// <summary>GOV.UK label and legend sizes. A page's only question is usually its heading, sized l.</summary>
public enum LabelSize
{
    Default,
    S,
    M,
    L,
    Xl,
}

internal static class LabelSizes
{
    public static string Modifier(this LabelSize size, string block) =>
        size == LabelSize.Default ? string.Empty : $" {block}--{size.ToString().ToLowerInvariant()}";
}
