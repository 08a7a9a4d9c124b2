using FrontDoor.Core.Jobs;
using FrontDoor.Core.Triage.Flows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FrontDoor.Core.Triage;

public static class TriageServiceCollectionExtensions
{
    /// <summary>The triage flows advisors run: the shipped ones, read once and checked when the app starts, and the versions managers upload.</summary>
    public static IServiceCollection AddTriageFlows(this IServiceCollection services)
    {
        services.TryAddSingleton<TriageFlows>();
        services.TryAddSingleton<ParsedFlowVersions>();
        services.TryAddScoped<TriageFlowCatalogue>();
        services.AddHostedService<TriageFlowsCheck>();
        return services;
    }

    /// <summary>The response target of each priority (<c>Triage</c> options, checked when the app starts), from which due times follow.</summary>
    public static IServiceCollection AddTriagePriorities(this IServiceCollection services)
    {
        services.AddOptions<TriageOptions>().BindConfiguration(TriageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<Priority.ContactPrioritiser>();
        services.TryAddScoped<Priority.PriorityOverride>();

        // The review reads each contact's flow answers, and advisors run flows: both need the flows themselves.
        services.AddTriageFlows();
        services.TryAddScoped<Running.ContactTriage>();
        services.AddRecurringJob<Priority.PriorityReview>();
        return services;
    }
}

/// <summary>Reads the flows as the app starts, so a broken one stops the start (file, line, reason) rather than a call.</summary>
internal sealed class TriageFlowsCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<TriageFlows>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
