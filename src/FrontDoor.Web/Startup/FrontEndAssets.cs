using Microsoft.Extensions.FileProviders;

namespace FrontDoor.Web.Startup;

internal static class FrontEndAssets
{
    /// <summary>
    /// Serves wwwroot (our files, and npm's under /lib), plus /assets: GOV.UK Frontend's and MoJ Frontend's
    /// CSS ask for their fonts and images there. The build copies them into wwwroot/lib/assets.
    /// </summary>
    public static WebApplication UseFrontEndAssets(this WebApplication app)
    {
        var assetsFolder = Path.Combine(app.Environment.WebRootPath, "lib", "assets");
        if (!Directory.Exists(assetsFolder))
        {
            throw new InvalidOperationException($"{assetsFolder} is missing: build FrontDoor.Web (it copies GOV.UK Frontend from npm) before running it.");
        }

        app.UseStaticFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/assets",
            FileProvider = new PhysicalFileProvider(assetsFolder),
        });
        return app;
    }
}
