using FrontDoor.Web.Authorisation;

namespace FrontDoor.Web.Startup;

internal static class SecurityHeaders
{
    /// <summary>
    /// Headers on every response: a CSP that allows only our own files plus the GOV.UK template's one
    /// inline script (by hash), no framing, no MIME sniffing and no referrer leaving the service; and
    /// <c>Cache-Control: no-store</c> on everything but static files.
    /// </summary>
    public static IApplicationBuilder UseFrontDoorSecurityHeaders(this IApplicationBuilder app)
    {
        var oidc = app.ApplicationServices.GetRequiredService<OpenIdConnectSettings>();

        // A sign-in form posts to us and is redirected to the council's identity provider; browsers check form-action on that redirect.
        var formAction = oidc.IsConfigured && Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority)
            ? $"'self' {authority.GetLeftPart(UriPartial.Authority)}"
            : "'self'";
        var policy = string.Join("; ",
            "default-src 'self'",
            $"script-src 'self' {GovukTemplate.JsEnabledScriptHash}",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            $"form-action {formAction}",
            "frame-ancestors 'none'");

        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";

            // Pages and API answers hold personal data: no browser, proxy or back button may keep a copy. Static
            // files never reach an endpoint, so GOV.UK's CSS, fonts and scripts still cache.
            context.Response.OnStarting(() =>
            {
                if (context.GetEndpoint() is not null && !context.Response.Headers.ContainsKey("Cache-Control"))
                {
                    context.Response.Headers.CacheControl = "no-store";
                    context.Response.Headers.Pragma = "no-cache";
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
    }
}
