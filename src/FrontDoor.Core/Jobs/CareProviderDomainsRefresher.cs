using FrontDoor.Core.Contacts.Email.CareProviders;
using FrontDoor.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Core.Jobs;

/// <summary>
/// Reloads the stored care-provider domains into this node's <see cref="CareProviderDomainList"/> at start and then
/// every <see cref="RefreshInterval"/>, so a domain an administrator added on another node classes mail here too.
/// Every node keeps its own copy, so this job takes no lease; a failed read keeps the list it had.
/// </summary>
public sealed class CareProviderDomainsRefresher(CareProviderDomainList list) : IRecurringJob
{
    /// <summary>A list of a few dozen rows read twice a minute costs nothing; mail waits no longer than a poll for a new domain.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    public string Name => "care-provider domains refresh";

    public TimeSpan Interval => RefreshInterval;

    public bool RunsAtStart => true;

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        list.RefreshAsync(services.GetRequiredService<FrontDoorDbContext>(), cancellationToken);
}
