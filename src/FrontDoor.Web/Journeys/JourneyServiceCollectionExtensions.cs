using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Journeys;

/// <summary>A registered journey's name: its cookie, its cache keys and its Data Protection purpose.</summary>
public sealed record JourneyDescriptor<TState, TOutcome>(string Name)
    where TState : class
    where TOutcome : class;

public static class JourneyServiceCollectionExtensions
{
    /// <summary>
    /// The one place a multi-page journey is registered: its answers <typeparamref name="TState"/>, what is kept once
    /// it is sent (<typeparamref name="TOutcome"/>), its name and its settings. Pages then take a
    /// <see cref="JourneyStore{TState, TOutcome}"/>. <c>Journeys:KeptFor:{name}</c> in the configuration overrides
    /// the expiry chosen here.
    /// </summary>
    public static IServiceCollection AddJourney<TState, TOutcome>(this IServiceCollection services, string name, Action<JourneyOptions>? configure = null)
        where TState : class
        where TOutcome : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (services.Any(service => service.ServiceType == typeof(JourneyDescriptor<TState, TOutcome>)))
        {
            // The store is found by its types, so two journeys sharing them would share one store.
            throw new InvalidOperationException($"{typeof(TState).Name} is already a journey's state: give the '{name}' journey a state type of its own.");
        }

        if (!services.Any(service => service.ServiceType.IsGenericType && service.ServiceType.GetGenericTypeDefinition() == typeof(JourneyDescriptor<,>)))
        {
            services.AddOptions<JourneysOptions>().BindConfiguration(JourneysOptions.SectionName);
        }

        // Only the expiry comes from configuration: where the id travels is the journey's design, not a setting.
        services.AddOptions<JourneyOptions>(name)
            .Configure(options => configure?.Invoke(options))
            .Configure<IOptions<JourneysOptions>>((options, council) =>
            {
                if (council.Value.KeptFor.TryGetValue(name, out var keptFor))
                {
                    options.KeptFor = keptFor;
                }
            })
            .Validate(options => options.KeptFor > TimeSpan.Zero, $"Journeys:KeptFor:{name} must be more than zero.")
            .ValidateOnStart();
        services.AddSingleton(new JourneyDescriptor<TState, TOutcome>(name));
        services.AddScoped<JourneyStore<TState, TOutcome>>();
        return services;
    }
}
