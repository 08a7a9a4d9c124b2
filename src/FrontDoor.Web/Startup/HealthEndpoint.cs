using System.Text.Json;
using FrontDoor.Core.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Startup;

internal static class HealthEndpoint
{
    private const string DatabaseCheck = "database";

    public static void AddFrontDoorHealthChecks(this WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks().AddDbContextCheck<FrontDoorDbContext>(DatabaseCheck);

    /// <summary><c>GET /health</c>: 200 when healthy, 503 when not; says which database provider, never why it failed.</summary>
    public static void MapFrontDoorHealth(this WebApplication app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync }).DisableHttpMetrics().AllowAnonymous();

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var provider = context.RequestServices.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
        var database = report.Entries.TryGetValue(DatabaseCheck, out var entry) ? entry.Status : HealthStatus.Unhealthy;
        var body = new HealthResponse(report.Status.ToString(), new DatabaseHealth(provider.ToString(), database.ToString()));
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, HealthJson.Options, context.RequestAborted);
    }

    private sealed record HealthResponse(string Status, DatabaseHealth Database);

    private sealed record DatabaseHealth(string Provider, string Status);

    private static class HealthJson
    {
        public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    }
}
