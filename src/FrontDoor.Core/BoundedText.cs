namespace FrontDoor.Core;

/// <summary>Cuts text to a column's length, so a long value from outside is stored shortened rather than refused.</summary>
internal static class BoundedText
{
    public static string Bounded(this string value, int length) => value.Length <= length ? value : value[..length];
}
