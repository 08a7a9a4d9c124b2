using System.Globalization;
using FrontDoor.Core;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace FrontDoor.Web.Authorisation;

/// <summary>The <c>Authentication</c> section's session settings.</summary>
public sealed class StaffSessionSettings
{
    public const string SectionName = "Authentication";

    /// <summary>An idle session ends after this long; each request moves it on.</summary>
    public static readonly TimeSpan SlidingLifetime = TimeSpan.FromHours(1);

    /// <summary>However active, a session ends this long after sign-in (a working day by default), so a stolen cookie does not live for ever.</summary>
    public TimeSpan AbsoluteSessionLifetime { get; set; } = TimeSpan.FromHours(8);

    public static StaffSessionSettings Bind(IConfiguration configuration)
    {
        var settings = new StaffSessionSettings();
        configuration.GetSection(SectionName).Bind(settings);
        if (settings.AbsoluteSessionLifetime <= TimeSpan.Zero)
        {
            throw new InvalidConfigurationException(
                $"Authentication:AbsoluteSessionLifetime is {settings.AbsoluteSessionLifetime}. Set it to how long a sign-in lasts however active, e.g. 08:00:00 for eight hours.");
        }

        return settings;
    }
}

/// <summary>
/// Sliding expiry alone lets an active session (or a stolen cookie kept busy) last for ever. The sign-in time goes
/// into the ticket, which survives each renewal, and a ticket older than the absolute lifetime is refused.
/// </summary>
internal static class StaffSessions
{
    private const string SignedInAtItem = "frontdoor:signed-in-at";

    public static void Configure(CookieAuthenticationEvents events, StaffSessionSettings settings)
    {
        events.OnSigningIn = context =>
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            context.Properties.Items[SignedInAtItem] = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        };
        events.OnValidatePrincipal = async context =>
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();

            // A cookie issued before sign-in times were recorded has no age to check: it is refused like an old one.
            if (SignedInAt(context.Properties) is not { } signedInAt || now - signedInAt >= settings.AbsoluteSessionLifetime)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
            }
        };
    }

    private static DateTimeOffset? SignedInAt(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(SignedInAtItem, out var value) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
