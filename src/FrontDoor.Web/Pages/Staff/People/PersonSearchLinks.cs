namespace FrontDoor.Web.Pages.Staff.People;

/// <summary>Addresses in the find-a-person journey, built in one place. None carries the search text (see README, Security).</summary>
public static class PersonSearchLinks
{
    /// <summary>The search box's name and id, as the form posts it and the API takes it.</summary>
    public const string QueryField = "q";

    /// <summary>Marks a person page opened from results, for the audit trail's "why"; says nothing about the search.</summary>
    public const string FromSearch = "search";

    public const string Search = "/staff/people/search";

    public static string Person(Guid personId, bool fromSearch = false) =>
        fromSearch ? $"/staff/people/{personId:D}?from={FromSearch}" : $"/staff/people/{personId:D}";

    /// <summary>Who has looked at the person's record: administrators only.</summary>
    public static string Access(Guid personId) => $"/staff/people/{personId:D}/access";
}
