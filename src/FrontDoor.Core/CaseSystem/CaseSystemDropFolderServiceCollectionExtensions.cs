using FrontDoor.Core.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.CaseSystem;

public static class CaseSystemDropFolderServiceCollectionExtensions
{
    /// <summary>
    /// The nightly drop: when <c>CaseSystem:DropFolder:Path</c> is set, every node watches that folder and imports
    /// what the case system leaves there (options validated at start). Also "records as of" for advisors' pages.
    /// </summary>
    public static IServiceCollection AddCaseSystemDropFolder(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.Any(d => d.ServiceType == typeof(CaseSystemImporter)))
        {
            services.AddCaseSystemImport();
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CaseSystemRecordsAsOf>();

        var section = configuration.GetSection(CaseSystemDropFolderOptions.SectionName);
        if (string.IsNullOrWhiteSpace(section[nameof(CaseSystemDropFolderOptions.Path)]))
        {
            return services;
        }

        services.AddOptions<CaseSystemDropFolderOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRecurringJob<CaseSystemDropFolder>();
        return services;
    }
}
