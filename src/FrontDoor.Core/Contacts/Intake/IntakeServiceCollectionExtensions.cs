using FrontDoor.Core.Contacts.Repeat;
using FrontDoor.Core.Contacts.Timeline;
using FrontDoor.Core.Jobs;
using FrontDoor.Core.Triage;
using FrontDoor.Core.WorkQueues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.Contacts.Intake;

public static class IntakeServiceCollectionExtensions
{
    /// <summary>
    /// The intake pipeline, the contact timeline and the stuck-contact sweeper (its <c>Intake</c> options validated
    /// at start-up). Intake matches every contact with <c>AddContactPersonMatching</c>'s matcher, which must be registered too.
    /// </summary>
    public static IServiceCollection AddContactIntake(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddWorkQueues();
        services.AddRepeatContacts();
        services.AddTriagePriorities();
        services.TryAddScoped<ContactIntake>();
        services.TryAddScoped<ContactTimeline>();
        services.TryAddScoped<Phone.PhoneContactRecorder>();
        services.AddRecurringJob<StuckContactSweeper>();
        return services;
    }
}
