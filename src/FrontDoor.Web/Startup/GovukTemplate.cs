using System.Security.Cryptography;
using System.Text;

namespace FrontDoor.Web.Startup;

/// <summary>The one inline script the GOV.UK page template needs, and the CSP hash that lets it run.</summary>
public static class GovukTemplate
{
    /// <summary>Marks the body so GOV.UK Frontend's CSS knows JavaScript (and ES modules) are available.</summary>
    public const string JsEnabledScript =
        "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";

    /// <summary>The CSP source for <see cref="JsEnabledScript"/>, computed from the script itself so they cannot drift apart.</summary>
    public static readonly string JsEnabledScriptHash =
        $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(JsEnabledScript)))}'";
}
