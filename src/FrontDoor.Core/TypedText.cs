namespace FrontDoor.Core;

/// <summary>Text as people type it into forms and systems send it: the one way every channel cleans it before use.</summary>
public static class TypedText
{
    /// <summary>Trimmed, or null when nothing but spaces was typed.</summary>
    public static string? TrimToNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// Free text with line endings as a browser's character count counts them (one character each, though the
    /// form posts two), trimmed to null: so a page's limit and intake's limit measure the same thing.
    /// </summary>
    public static string? Multiline(string? value) => TrimToNull(value?.Replace("\r\n", "\n", StringComparison.Ordinal));
}
