using Microsoft.AspNetCore.HttpOverrides;

namespace FrontDoor.Web.Startup;

internal static class ProxySupport
{
    /// <summary>
    /// Behind a TLS-terminating proxy or load balancer the app sees plain http; X-Forwarded-Proto tells it the
    /// browser used https (Secure cookies and antiforgery need that). Only proxies listed in
    /// <c>ForwardedHeaders:KnownProxies</c> (and loopback) are believed.
    /// </summary>
    public static void AddFrontDoorProxySupport(this WebApplicationBuilder builder) =>
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
}
