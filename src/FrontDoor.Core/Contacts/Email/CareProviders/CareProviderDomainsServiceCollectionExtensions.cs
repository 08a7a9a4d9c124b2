using FrontDoor.Core.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.Contacts.Email.CareProviders;

public static class CareProviderDomainsServiceCollectionExtensions
{
    /// <summary>
    /// The care-provider list: the configured <c>Intake:Mailbox:CareProviderDomains</c> and the stored domains, kept
    /// in memory on every node and refreshed on an interval; and the service administrators change it with. Registered
    /// whether or not a mailbox is configured, so the list can be kept before the mailbox is connected.
    /// </summary>
    public static IServiceCollection AddCareProviderDomains(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new CareProviderDomainList(
            sp.GetRequiredService<IConfiguration>().GetSection($"{MailboxOptions.SectionName}:{nameof(MailboxOptions.CareProviderDomains)}").Get<string[]>() ?? []));
        services.TryAddScoped<CareProviderDomains>();
        services.AddRecurringJob<CareProviderDomainsRefresher>();
        return services;
    }
}
