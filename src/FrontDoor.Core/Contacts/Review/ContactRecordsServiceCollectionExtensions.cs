using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.Contacts.Review;

public static class ContactRecordsServiceCollectionExtensions
{
    /// <summary>Staff reading and working on contacts once they have arrived; needs the audit trail.</summary>
    public static IServiceCollection AddContactRecords(this IServiceCollection services)
    {
        services.TryAddScoped<ContactRecords>();
        return services;
    }
}
