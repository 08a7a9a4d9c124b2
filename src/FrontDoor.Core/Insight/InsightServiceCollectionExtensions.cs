using Microsoft.Extensions.DependencyInjection;
using FrontDoor.Core.Jobs;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FrontDoor.Core.Insight;

public static class InsightServiceCollectionExtensions
{
    /// <summary>The KPIs: their calculator, the kept months and the job refreshing them, and the baseline and targets from <c>Insight</c>, checked on start.</summary>
    public static IServiceCollection AddInsight(this IServiceCollection services)
    {
        services.AddOptions<InsightOptions>().BindConfiguration(InsightOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped<KpiCalculator>();
        services.TryAddScoped<InsightDashboard>();
        services.TryAddScoped<Feedback.SurveyComments>();
        services.TryAddScoped<KeptMonths.KeptKpiFigures>();
        services.TryAddScoped<KeptMonths.KpiMonthRefresher>();
        // Each team's months are kept when the queues are known here (the web app); the whole front door's always.
        services.TryAddSingleton(provider => KeptMonths.KeptKpiScopes.From(
            provider.GetService<WorkQueues.WorkQueueCatalogue>()?.All ?? [],
            provider.GetRequiredService<IOptions<InsightOptions>>().Value));
        services.AddRecurringJob<KeptMonths.KpiMonthRefreshJob>();
        return services;
    }
}
