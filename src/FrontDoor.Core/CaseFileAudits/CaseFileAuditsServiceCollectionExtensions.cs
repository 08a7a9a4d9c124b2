using FrontDoor.Core.Jobs;
using FrontDoor.Core.WorkQueues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.CaseFileAudits;

public static class CaseFileAuditsServiceCollectionExtensions
{
    /// <summary>Case file audits: the sample size from <c>CaseFileAudits</c> (checked on start), the draw, the form and results.</summary>
    public static IServiceCollection AddCaseFileAudits(this IServiceCollection services, bool drawInBackground = true)
    {
        services.AddOptions<CaseFileAuditOptions>().BindConfiguration(CaseFileAuditOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddWorkQueues();
        services.TryAddScoped<CaseFileAuditSampler>();
        services.TryAddScoped<CaseFileAuditing>();
        if (drawInBackground)
        {
            services.AddRecurringJob<MonthlySampleJob>();
        }

        return services;
    }
}
