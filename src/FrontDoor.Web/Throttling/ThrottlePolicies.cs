namespace FrontDoor.Web.Throttling;

/// <summary>Named rate-limiting policies. Folders and route groups ask for these, as they do for authorisation policies.</summary>
public static class ThrottlePolicies
{
    public const string PartnerApi = "partner-api";

    public const string SignIn = "sign-in";

    public const string PublicForms = "public-forms";

    public const string PersonSearch = "person-search";
}
