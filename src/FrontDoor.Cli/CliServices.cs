using FrontDoor.Core.CaseFileAudits;
using FrontDoor.Core.CaseSystem;
using FrontDoor.Core.Data;
using FrontDoor.Core.Insight;
using FrontDoor.Core.People.Matching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Cli;

/// <summary>
/// The services a verb needs, configured like the web app: <c>appsettings.json</c> in the working folder, then
/// environment variables (<c>Database__Provider</c>, <c>ConnectionStrings__FrontDoor</c>).
/// </summary>
public static class CliServices
{
    public static ServiceProvider Build(IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? [])
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddFrontDoorDatabase(configuration);
        services.AddPersonMatching(configuration, synchroniseInBackground: false);
        services.AddCaseSystemImport();
        services.AddCaseFileAudits(drawInBackground: false);
        // The baseline, which `kpis rebuild` keeps beside the months.
        services.AddOptions<InsightOptions>().BindConfiguration(InsightOptions.SectionName).ValidateDataAnnotations();
        return services.BuildServiceProvider();
    }
}
