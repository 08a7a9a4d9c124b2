namespace FrontDoor.Web.Pages.Staff.People;

/// <summary>Addresses in the find-a-person journey, built in one place.</summary>
public static class PersonSearchLinks
{
    /// <summary>The search box's name and id: <c>?q=</c>, as the API takes it.</summary>
    public const string QueryField = "q";

    public static string Search(string? query = null) =>
        string.IsNullOrEmpty(query) ? "/staff/people/search" : $"/staff/people/search?q={Uri.EscapeDataString(query)}";

    /// <summary>The person page; carries the search along so Back returns to the same results.</summary>
    public static string Person(Guid personId, string? query = null) =>
        string.IsNullOrEmpty(query) ? $"/staff/people/{personId:D}" : $"/staff/people/{personId:D}?q={Uri.EscapeDataString(query)}";
}
