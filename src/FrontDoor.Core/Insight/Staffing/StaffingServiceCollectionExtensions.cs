using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.Insight.Staffing;

public static class StaffingServiceCollectionExtensions
{
    /// <summary>The capacity planner and its answer target (<c>Staffing</c> section).</summary>
    public static IServiceCollection AddStaffingPlanner(this IServiceCollection services)
    {
        services.AddOptions<StaffingOptions>().BindConfiguration(StaffingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped<StaffingPlanner>();
        return services;
    }
}
