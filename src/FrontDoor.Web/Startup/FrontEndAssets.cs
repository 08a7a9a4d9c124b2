using FrontDoor.Core;
using Microsoft.Extensions.FileProviders;

namespace FrontDoor.Web.Startup;

internal static class FrontEndAssets
{
    /// <summary>
    /// A published FrontDoor carries its web root (wwwroot, with GOV.UK Frontend under lib) beside FrontDoor.Web.dll,
    /// so that folder is its content root whatever directory a service manager starts it from. Otherwise (dotnet run,
    /// the test host) the usual rules stand, and so does a content root the operator sets.
    /// </summary>
    public static WebApplicationOptions ApplicationOptions(string[] args)
    {
        var published = Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        var chosen = args.Any(arg => arg.Contains("contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
        return new WebApplicationOptions { Args = args, ContentRootPath = published && !chosen ? AppContext.BaseDirectory : null };
    }

    /// <summary>Stops start-up, before the database is touched, when the GOV.UK assets are not where they are served from.</summary>
    public static void AddFrontEndAssets(this WebApplicationBuilder builder)
    {
        var webRoot = builder.Environment.WebRootPath;
        if (string.IsNullOrEmpty(webRoot) || !Directory.Exists(AssetsFolder(webRoot)))
        {
            var expected = AssetsFolder(webRoot is { Length: > 0 } ? webRoot : Path.Combine(builder.Environment.ContentRootPath, "wwwroot"));
            throw new InvalidConfigurationException(
                $"The GOV.UK Frontend assets are missing: {expected} does not exist. Run the published app (dotnet publish src/FrontDoor.Web -c Release -o OUT, then dotnet OUT/FrontDoor.Web.dll), or dotnet run --project src/FrontDoor.Web, which builds them.");
        }
    }

    /// <summary>
    /// Serves wwwroot (our files, and npm's under /lib), plus /assets: GOV.UK Frontend's and MoJ Frontend's
    /// CSS ask for their fonts and images there. The build copies them into wwwroot/lib/assets.
    /// </summary>
    public static WebApplication UseFrontEndAssets(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/assets",
            FileProvider = new PhysicalFileProvider(AssetsFolder(app.Environment.WebRootPath)),
        });
        return app;
    }

    private static string AssetsFolder(string webRoot) => Path.Combine(webRoot, "lib", "assets");
}
