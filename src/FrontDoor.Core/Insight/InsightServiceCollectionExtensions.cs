using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.Insight;

public static class InsightServiceCollectionExtensions
{
    /// <summary>The KPIs: their calculator, and the baseline and targets from <c>Insight</c>, checked on start.</summary>
    public static IServiceCollection AddInsight(this IServiceCollection services)
    {
        services.AddOptions<InsightOptions>().BindConfiguration(InsightOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped<KpiCalculator>();
        services.TryAddScoped<InsightDashboard>();
        services.TryAddScoped<Feedback.SurveyComments>();
        return services;
    }
}
