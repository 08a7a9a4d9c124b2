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
    /// <see cref="JourneyStore{TState, TOutcome}"/>. <c>Journeys:{name}:KeptFor</c> in the configuration overrides
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

        services.AddOptions<JourneyOptions>(name)
            .Configure(options => configure?.Invoke(options))
            .BindConfiguration($"Journeys:{name}")
            .Validate(options => options.KeptFor > TimeSpan.Zero, $"Journeys:{name}:KeptFor must be more than zero.")
            .ValidateOnStart();
        services.AddSingleton(new JourneyDescriptor<TState, TOutcome>(name));
        services.AddScoped<JourneyStore<TState, TOutcome>>();
        return services;
    }
}
