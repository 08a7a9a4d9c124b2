namespace FrontDoor.Matching.Comparison;

/// <summary>
/// Comparison levels per field, strongest agreement first. Level 0 of every field is "no evidence"
/// (missing or unreadable on either side) and always weighs nothing.
/// </summary>
internal static class Levels
{
    public const byte None = 0;

    public static class Identifier
    {
        public const byte Same = 1, Different = 2;
    }

    public static class NationalId
    {
        public const byte Same = 1, OneEdit = 2, Different = 3;
    }

    public static class Given
    {
        public const byte Same = 1, KnownAs = 2, VerySimilar = 3, SamePhonetic = 4, Similar = 5, Initial = 6, Different = 7;
    }

    public static class Family
    {
        public const byte Same = 1, SharedPart = 2, VerySimilar = 3, SamePhonetic = 4, Similar = 5, Different = 6;

        /// <summary>
        /// The family names differ, but one is the other record's former family name (a maiden name). Last, out of
        /// strength order, so the numbers of the levels before it, kept in stored explanations, do not change.
        /// </summary>
        public const byte FormerName = 7;
    }

    public static class Dob
    {
        public const byte Same = 1, DayMonthSwapped = 2, OneDigit = 3, SameYearMonth = 4, SameYear = 5, Different = 6;
    }

    public static class PostalCode
    {
        public const byte Same = 1, SameSector = 2, OneCharacter = 3, SameDistrict = 4, Different = 5;

        /// <summary>
        /// The current addresses differ, but one record's address is an address the other record says the person lived at
        /// before (same postcode, and the same house number where both give one). Last, out of strength order, so the
        /// numbers of the levels before it, kept in stored explanations, do not change.
        /// </summary>
        public const byte PreviousAddress = 6;
    }

    public static class Street
    {
        public const byte Same = 1, VerySimilar = 2, SharedWord = 3, Different = 4;
    }

    public static class Town
    {
        public const byte Same = 1, Similar = 2, Different = 3;
    }

    /// <summary>The level names of each field, index = level; used in the model's JSON and in explanations.</summary>
    public static readonly IReadOnlyList<string[]> Names = BuildNames();

    public static int FieldCount { get; } = Enum.GetValues<MatchField>().Length;

    /// <summary>Number of levels of a field, level 0 included.</summary>
    public static int CountOf(MatchField field) => Names[(int)field].Length;

    private static string[][] BuildNames()
    {
        string[] identifier = ["None", "Same", "Different"];
        var names = new string[Enum.GetValues<MatchField>().Length][];
        names[(int)MatchField.NhsNumber] = identifier;
        names[(int)MatchField.NationalId] = ["None", "Same", "OneEdit", "Different"];
        names[(int)MatchField.LasId] = identifier;
        names[(int)MatchField.GivenName] = ["None", "Same", "KnownAs", "VerySimilar", "SamePhonetic", "Similar", "Initial", "Different"];
        names[(int)MatchField.FamilyName] = ["None", "Same", "SharedPart", "VerySimilar", "SamePhonetic", "Similar", "Different", "FormerName"];
        names[(int)MatchField.DateOfBirth] = ["None", "Same", "DayMonthSwapped", "OneDigit", "SameYearMonth", "SameYear", "Different"];
        names[(int)MatchField.Postcode] = ["None", "Same", "SameSector", "OneCharacter", "SameDistrict", "Different", "PreviousAddress"];
        names[(int)MatchField.HouseNumber] = identifier;
        names[(int)MatchField.Street] = ["None", "Same", "VerySimilar", "SharedWord", "Different"];
        names[(int)MatchField.Town] = ["None", "Same", "Similar", "Different"];
        names[(int)MatchField.Phone] = identifier;
        names[(int)MatchField.Email] = identifier;
        return names;
    }
}
