using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.Telephony;

public static class TelephonyServiceCollectionExtensions
{
    /// <summary>The telephony system's call records: importing its exports and listing what was imported.</summary>
    public static IServiceCollection AddTelephony(this IServiceCollection services)
    {
        services.TryAddScoped<CallRecordImporter>();
        services.TryAddScoped<CallRecords>();
        return services;
    }
}
