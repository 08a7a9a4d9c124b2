using FrontDoor.Core.Contacts.Repeat;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Core.Contacts.PersonMatching;

public static class ContactPersonMatchingServiceCollectionExtensions
{
    /// <summary>
    /// Finding the person a contact is about: the matcher intake runs on every arriving contact, match review for
    /// the ones it could not decide, and the advisor's candidates while a caller is on the line. Needs
    /// <c>AddPersonMatching</c> (the person index) and the audit trail.
    /// </summary>
    public static IServiceCollection AddContactPersonMatching(this IServiceCollection services) => services
        .AddRepeatContacts()
        .AddScoped<IContactPersonMatcher, ProbabilisticContactMatcher>()
        .AddScoped<MatchReview>()
        .AddScoped<PersonCandidates>();
}
