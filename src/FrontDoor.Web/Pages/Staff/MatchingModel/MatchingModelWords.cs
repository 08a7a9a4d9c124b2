using FrontDoor.Matching;

namespace FrontDoor.Web.Pages.Staff.MatchingModel;

/// <summary>The engine's field and level names in words for the weights page.</summary>
public static class MatchingModelWords
{
    public static string Field(MatchField field) => field switch
    {
        MatchField.NhsNumber => "NHS number",
        MatchField.NationalId => "National id",
        MatchField.LasId => "LAS ID",
        MatchField.GivenName => "Given name",
        MatchField.FamilyName => "Family name",
        MatchField.DateOfBirth => "Date of birth",
        MatchField.Postcode => "Postcode",
        MatchField.HouseNumber => "House number",
        MatchField.Street => "Street",
        MatchField.Town => "Town",
        MatchField.Phone => "Phone number",
        MatchField.Email => "Email address",
        _ => field.ToString(),
    };

    public static string Level(string level) => level switch
    {
        "Same" => "Same",
        "Different" => "Different",
        "OneEdit" => "One character different",
        "KnownAs" => "Known-as name (nickname)",
        "VerySimilar" => "Very similar",
        "SamePhonetic" => "Sound alike",
        "Similar" => "Similar",
        "Initial" => "Initial matches",
        "SharedPart" => "Share part of a double-barrelled name",
        "FormerName" => "Former family name matches",
        "DayMonthSwapped" => "Day and month swapped",
        "OneDigit" => "One digit different, or a day apart",
        "SameYearMonth" => "Same month and year",
        "SameYear" => "Same year",
        "SameSector" => "Same sector",
        "OneCharacter" => "One character different",
        "SameDistrict" => "Same district",
        "PreviousAddress" => "One record's address is the other's previous address",
        "SharedWord" => "Share a word",
        _ => level,
    };
}
