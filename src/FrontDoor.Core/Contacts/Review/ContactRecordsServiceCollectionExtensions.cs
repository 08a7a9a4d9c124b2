using FrontDoor.Core.Contacts.Repeat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Core.Contacts.Review;

public static class ContactRecordsServiceCollectionExtensions
{
    /// <summary>Staff reading and working on contacts once they have arrived, including linking a contact to its person; needs the audit trail and the person index.</summary>
    public static IServiceCollection AddContactRecords(this IServiceCollection services)
    {
        services.AddRepeatContacts();
        services.TryAddScoped<ContactRecords>();
        services.TryAddScoped<StrandedContacts>();
        services.TryAddScoped<ContactPersonLinks>();
        return services;
    }
}
