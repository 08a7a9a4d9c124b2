using FrontDoor.Core.WorkQueues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.Contacts.Repeat;

public static class RepeatContactsServiceCollectionExtensions
{
    /// <summary>Repeat and recurring contacts and failure demand; called by every registration whose services flag recurring contacts.</summary>
    public static IServiceCollection AddRepeatContacts(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(RepeatContacts)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<RepeatContactsOptions>().BindConfiguration(RepeatContactsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddWorkQueues();
        services.AddScoped<RepeatContacts>();
        services.AddScoped<FailureDemand>();
        return services;
    }
}
