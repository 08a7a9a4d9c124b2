namespace FrontDoor.Web.Authorisation;

/// <summary>The <c>Authentication:OpenIdConnect</c> section: the council's identity provider (e.g. Entra ID).</summary>
public sealed class OpenIdConnectSettings
{
    public const string SectionName = "Authentication:OpenIdConnect";

    /// <summary>e.g. https://login.microsoftonline.com/{tenant-id}/v2.0</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The claim that carries app roles; Entra ID sends <c>roles</c>.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The claim shown as the user's name; Entra ID sends <c>name</c>.</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>The council's role values mapped to FrontDoor's, e.g. <c>"ASC.Advisor": "Advisor"</c>. Values equal to a FrontDoor role need no entry.</summary>
    public Dictionary<string, string> RoleMapping { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>The FrontDoor role a role-claim value grants, if any.</summary>
    public string? MapRole(string value)
    {
        var mapped = RoleMapping.TryGetValue(value, out var target) ? target : value;
        return Roles.All.FirstOrDefault(role => string.Equals(role, mapped, StringComparison.OrdinalIgnoreCase));
    }
}
