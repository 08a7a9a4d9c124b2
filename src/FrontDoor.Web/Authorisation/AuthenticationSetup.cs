using System.Security.Claims;
using FrontDoor.Core;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace FrontDoor.Web.Authorisation;

internal static class AuthenticationSetup
{
    /// <summary>The sign-in cookie's name: with the __Host- prefix whenever cookies are Secure, which browsers then enforce.</summary>
    public static string CookieName(bool secure) => secure ? "__Host-FrontDoor" : "FrontDoor";

    /// <summary>Cookie sign-in for staff: demo users in demo mode, and the council's OpenID Connect provider when configured.</summary>
    public static void AddFrontDoorAuthentication(this WebApplicationBuilder builder, FrontDoorOptions frontDoor)
    {
        var oidc = builder.Configuration.GetSection(OpenIdConnectSettings.SectionName).Get<OpenIdConnectSettings>() ?? new OpenIdConnectSettings();
        ValidateSignInConfiguration(frontDoor, oidc);
        var sessions = StaffSessionSettings.Bind(builder.Configuration);
        var secure = !frontDoor.AllowInsecureHttp;
        var securePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

        var authentication = builder.Services
            .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName(secure);
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = securePolicy;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.LoginPath = "/sign-in";
                options.LogoutPath = "/sign-out";
                options.AccessDeniedPath = "/sign-in/access-denied";
                options.ExpireTimeSpan = StaffSessionSettings.SlidingLifetime;
                options.SlidingExpiration = true;
                StaffSessions.Configure(options.Events, sessions);
                options.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
            });

        if (oidc.IsConfigured)
        {
            authentication.AddOpenIdConnect(options => ConfigureOpenIdConnect(options, oidc));
        }

        builder.Services.AddSingleton(new SignInMethods(frontDoor.Demo, oidc.IsConfigured));
        builder.Services.AddSingleton(oidc);
        builder.Services.AddSingleton(sessions);
        builder.Services.AddScoped<SignInAudit>();
        builder.Services.AddAuthorizationBuilder().AddFrontDoorPolicies();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, ContactReaderHandler>();
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = CookieName(secure) + "-Antiforgery";
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
    }

    private static void ValidateSignInConfiguration(FrontDoorOptions frontDoor, OpenIdConnectSettings oidc)
    {
        if (!frontDoor.Demo && !oidc.IsConfigured)
        {
            throw new InvalidConfigurationException(
                "Nobody can sign in: FrontDoor:Demo is off and Authentication:OpenIdConnect is not set. Set Authentication:OpenIdConnect:Authority, ClientId and ClientSecret (see docs/configuration.md), or FrontDoor:Demo=true for a demonstration.");
        }

        if (oidc.IsConfigured)
        {
            var missing = new[] { ("Authority", oidc.Authority), ("ClientId", oidc.ClientId), ("ClientSecret", oidc.ClientSecret) }
                .Where(setting => string.IsNullOrWhiteSpace(setting.Item2))
                .Select(setting => $"Authentication:OpenIdConnect:{setting.Item1}")
                .ToList();
            if (missing.Count > 0)
            {
                throw new InvalidConfigurationException($"OpenID Connect sign-in is half set up: set {string.Join(" and ", missing)}.");
            }

            if (!Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
            {
                throw new InvalidConfigurationException($"Authentication:OpenIdConnect:Authority is '{oidc.Authority}'. Set it to the provider's https address, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0.");
            }
        }
    }

    private static void ConfigureOpenIdConnect(OpenIdConnectOptions options, OpenIdConnectSettings oidc)
    {
        options.Authority = oidc.Authority;
        options.ClientId = oidc.ClientId;
        options.ClientSecret = oidc.ClientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.UsePkce = true;
        options.SaveTokens = false;
        options.MapInboundClaims = false;
        options.Scope.Clear();
        options.Scope.Add("openid");
        options.Scope.Add("profile");
        options.CallbackPath = "/sign-in/oidc";
        options.SignedOutCallbackPath = "/sign-out/oidc";
        options.TokenValidationParameters.NameClaimType = ClaimTypes.Name;
        options.TokenValidationParameters.RoleClaimType = ClaimTypes.Role;
        options.Events.OnTokenValidated = async context =>
        {
            if (context.Principal?.Identity is not ClaimsIdentity identity)
            {
                return;
            }

            // FrontDoor reads names and roles from one claim type each, whatever the provider calls them.
            if (identity.FindFirst(oidc.NameClaim) is { } name)
            {
                identity.AddClaim(new Claim(ClaimTypes.Name, name.Value));
            }

            if (identity.FindFirst("sub") is { } subject)
            {
                identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, subject.Value));
            }

            identity.AddClaim(new Claim(StaffUser.SignInMethodClaim, StaffUser.CouncilSignIn));
            foreach (var role in identity.FindAll(oidc.RoleClaim).Select(claim => oidc.MapRole(claim.Value)).OfType<string>().Distinct().ToList())
            {
                identity.AddClaim(new Claim(ClaimTypes.Role, role));
            }

            var audit = context.HttpContext.RequestServices.GetRequiredService<SignInAudit>();
            await audit.SignedInAsync(context.Principal, context.HttpContext, "council account");
        };
    }

    // Systems calling /api get a status code, not a sign-in page.
    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int statusCode)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = statusCode;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
