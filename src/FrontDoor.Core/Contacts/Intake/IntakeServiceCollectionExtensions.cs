using FrontDoor.Core.Contacts.Timeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.Contacts.Intake;

public static class IntakeServiceCollectionExtensions
{
    /// <summary>
    /// The intake pipeline and the contact timeline. The matcher is only a default: registering another
    /// <see cref="IContactPersonMatcher"/> (the record-linkage engine) before or after this replaces it.
    /// </summary>
    public static IServiceCollection AddContactIntake(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IContactPersonMatcher, ExactIdentifierMatcher>();
        services.TryAddScoped<ContactIntake>();
        services.TryAddScoped<ContactTimeline>();
        services.TryAddScoped<Phone.PhoneContactRecorder>();
        services.AddHostedService<StuckContactSweeper>();
        return services;
    }
}
