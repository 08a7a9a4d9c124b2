using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Core.CaseSystem;

public static class CaseSystemServiceCollectionExtensions
{
    /// <summary>Loading the case system's exports, and the reports of what each load did.</summary>
    public static IServiceCollection AddCaseSystemImport(this IServiceCollection services)
    {
        services.AddScoped<CaseSystemImporter>();
        services.AddScoped<CaseSystemImportReports>();
        return services;
    }
}
