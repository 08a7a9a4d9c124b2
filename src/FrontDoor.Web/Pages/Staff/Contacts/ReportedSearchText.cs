using System.Globalization;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.People.Search;

namespace FrontDoor.Web.Pages.Staff.Contacts;

/// <summary>What was reported about the person, as one line for the person search box, so staff start from it and need not retype it.</summary>
public static class ReportedSearchText
{
    public static string From(ReportedPerson reported)
    {
        var parts = new[]
        {
            reported.GivenName,
            reported.FamilyName,
            reported.DateOfBirth?.ToString("d/M/yyyy", CultureInfo.InvariantCulture),
            reported.ValidPostcode()?.Value,
            reported.ValidNhsNumber()?.Value,
            reported.LasId,
        };
        var text = string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        return text.Length <= PersonSearchQuery.MaxLength ? text : text[..PersonSearchQuery.MaxLength].TrimEnd();
    }
}
