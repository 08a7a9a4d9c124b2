using FrontDoor.Core.People.AllocatedWorker;

namespace FrontDoor.Web.Pages.Portal.AllocatedWorker;

public static class AllocatedWorkerPagesServiceCollectionExtensions
{
    /// <summary>"Find your worker" for the public and partners: the look-up, and the encrypted offer to text its answer.</summary>
    public static IServiceCollection AddAllocatedWorkerPages(this IServiceCollection services)
    {
        services.AddAllocatedWorkerLookup();
        services.AddSingleton<TextOffer>();
        return services;
    }
}
