using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The audit trail: recording who did and saw what, and the who-has-looked report for administrators.</summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.TryAddSingleton<AccessAuditWriter>();
        services.TryAddScoped<AuditLog>();
        services.TryAddScoped<PersonAccessReport>();
        return services;
    }
}
