using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.RateLimiting;

namespace FrontDoor.Web.Throttling;

/// <summary>
/// ASP.NET Core's rate limiter, one policy per kind of caller: partner systems per API key, sign-in and public forms
/// per client address, person search per member of staff. A refused page gets the GOV.UK "too many requests" page,
/// a refused API call <c>429</c> problem details; both say when to try again in <c>Retry-After</c>.
/// </summary>
internal static class ThrottlingSetup
{
    /// <summary>Sliding windows in six steps: a burst at the end of one window cannot double up with the next.</summary>
    private const int SegmentsPerWindow = 6;

    public static void AddFrontDoorThrottling(this WebApplicationBuilder builder)
    {
        var settings = new ThrottlingOptions();
        builder.Configuration.GetSection(ThrottlingOptions.SectionName).Bind(settings);
        settings.Validate();

        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
            options.AddPolicy(ThrottlePolicies.PartnerApi, context => Partition(settings, settings.PartnerApi, PartnerKey(context)));
            options.AddPolicy(ThrottlePolicies.SignIn, context => Partition(settings, settings.SignIn, PostsOnly(context, ClientAddress(context))));
            options.AddPolicy(ThrottlePolicies.PublicForms, context => Partition(settings, settings.PublicForms, PostsOnly(context, ClientAddress(context))));
            options.AddPolicy(ThrottlePolicies.PersonSearch, context => Partition(settings, settings.PersonSearch, StaffMember(context)));
        });
    }

    private static RateLimitPartition<string> Partition(ThrottlingOptions settings, ThrottleLimit limit, string? key) =>
        !settings.Enabled || key is null
            ? RateLimitPartition.GetNoLimiter(string.Empty)
            : RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = limit.Window,
                SegmentsPerWindow = SegmentsPerWindow,
                QueueLimit = 0,
                AutoReplenishment = true,
            });

    /// <summary>Reading a page costs nothing worth limiting; posting answers and signing in do.</summary>
    private static string? PostsOnly(HttpContext context, string key) => HttpMethods.IsPost(context.Request.Method) ? key : null;

    /// <summary>The browser's address: behind a proxy, the forwarded one (ForwardedHeaders runs first).</summary>
    private static string ClientAddress(HttpContext context) =>
        "client:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static string StaffMember(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? "staff:" + StaffUser.Id(context.User) : ClientAddress(context);

    /// <summary>
    /// Per key, known before authentication runs, so a flood is refused without a database look-up. Only a hash of the
    /// key is held in memory; a caller with no key is limited by address.
    /// </summary>
    private static string PartnerKey(HttpContext context)
    {
        string? authorisation = context.Request.Headers.Authorization;
        return string.IsNullOrEmpty(authorisation)
            ? ClientAddress(context)
            : "key:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(authorisation)));
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await TypedResults.Problem(
                $"Too many requests from this caller. Try again in {seconds} seconds.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests").ExecuteAsync(context);
        }

        // Pages: the empty 429 is re-executed as the GOV.UK "too many requests" page (UseFrontDoorErrorPages).
    }

    /// <summary>Asks a folder of pages to be throttled by a policy, as folders ask for authorisation.</summary>
    public static void ThrottleFolder(this Microsoft.AspNetCore.Mvc.ApplicationModels.PageConventionCollection conventions, string folder, string policy) =>
        conventions.AddFolderApplicationModelConvention(folder, model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(policy)));

    /// <summary>Asks one page to be throttled by a policy.</summary>
    public static void ThrottlePage(this Microsoft.AspNetCore.Mvc.ApplicationModels.PageConventionCollection conventions, string page, string policy) =>
        conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(policy)));
}
