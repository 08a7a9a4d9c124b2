using FrontDoor.Core.Contacts.Intake;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.Partners;

public static class PartnerServiceCollectionExtensions
{
    /// <summary>Partner API keys and the partner side of intake.</summary>
    public static IServiceCollection AddPartnerIntake(this IServiceCollection services)
    {
        services.AddContactIntake();
        services.TryAddScoped<PartnerApiKeys>();
        services.TryAddScoped<PartnerContactIntake>();
        return services;
    }
}
