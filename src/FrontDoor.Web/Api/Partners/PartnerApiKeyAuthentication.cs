using System.Security.Claims;
using System.Text.Encodings.Web;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Partners;
using Microsoft.AspNetCore.Authentication;
using FrontDoor.Web.Startup;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Api.Partners;

/// <summary>
/// Partner systems present their key as <c>Authorization: Bearer &lt;key&gt;</c>. Their own scheme, apart from the
/// staff cookie: a signed-in member of staff is not a partner, and a partner never gets a sign-in page.
/// </summary>
internal sealed class PartnerApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PartnerApiKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PartnerApiKey";

    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PresentedKey() is not { } presented)
        {
            return AuthenticateResult.NoResult();
        }

        // The key itself is never logged: the failure says only that it did not match.
        if (await keys.AuthenticateAsync(presented, Context.RequestAborted) is not { } partner)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, partner.PartnerName),
                new Claim(PartnerClaims.KeyId, partner.KeyId.ToString()),
                new Claim(PartnerClaims.Source, partner.Source.ToString()),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        var detail = PresentedKey() is null
            ? "Send your partner API key as the header Authorization: Bearer <key>."
            : "The API key is unknown or has been revoked. Ask the council for a new key.";
        await TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorised").ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        await TypedResults.Problem("This key may not do that.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden").ExecuteAsync(Context);

    private string? PresentedKey()
    {
        string? header = Request.Headers.Authorization;
        return header is not null && header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) && header.Length > BearerPrefix.Length
            ? header[BearerPrefix.Length..].Trim()
            : null;
    }
}

/// <summary>The claims a partner's key gives them, and reading them back.</summary>
internal static class PartnerClaims
{
    public const string KeyId = "frontdoor:partner-key-id";
    public const string Source = "frontdoor:partner-source";

    public static PartnerIdentity Identity(ClaimsPrincipal user) => new(
        Guid.Parse(user.FindFirstValue(KeyId) ?? throw new InvalidOperationException("Not a partner: the endpoint must require the partner policy.")),
        user.FindFirstValue(ClaimTypes.Name)!,
        Enum.Parse<ContactSource>(user.FindFirstValue(Source)!));
}

internal static class PartnerApiSetup
{
    /// <summary>Anyone holding a current partner API key, authenticated by that key alone.</summary>
    public const string Policy = "Partners";

    public static void AddFrontDoorPartnerApi(this WebApplicationBuilder builder, FrontDoorOptions frontDoor)
    {
        // The published demo keys authenticate only in demo mode (which only Development allows).
        builder.Services.AddScoped(services => new PartnerApiKeys(
            services.GetRequiredService<FrontDoor.Core.Data.FrontDoorDbContext>(), services.GetRequiredService<TimeProvider>(), acceptDemoKeys: frontDoor.Demo));
        builder.Services.AddPartnerIntake();
        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, PartnerApiKeyAuthenticationHandler>(PartnerApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(PartnerApiKeyAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireClaim(PartnerClaims.KeyId));
    }
}
