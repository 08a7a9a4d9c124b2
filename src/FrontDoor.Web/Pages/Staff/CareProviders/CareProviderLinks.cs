namespace FrontDoor.Web.Pages.Staff.CareProviders;

/// <summary>Addresses in the care-provider list journey, built in one place.</summary>
public static class CareProviderLinks
{
    public const string List = "/staff/care-providers";

    /// <summary>The add form; from a contact, pre-filled with its sender's domain and going back to the contact after.</summary>
    public static string Add(string? domain = null, Guid? fromContactId = null)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(domain))
        {
            query.Add("domain=" + Uri.EscapeDataString(domain));
        }

        if (fromContactId is { } contactId)
        {
            query.Add($"contact={contactId:D}");
        }

        return query.Count == 0 ? List + "/add" : $"{List}/add?{string.Join('&', query)}";
    }

    public static string Remove(Guid domainId) => $"{List}/{domainId:D}/remove";

    public static string Contact(Guid contactId) => $"/staff/contacts/{contactId:D}";

    /// <summary>The TempData key of the green banner shown after a change, on the list or on the contact it was made from.</summary>
    public const string ChangedMessage = "CareProviderListChanged";
}
