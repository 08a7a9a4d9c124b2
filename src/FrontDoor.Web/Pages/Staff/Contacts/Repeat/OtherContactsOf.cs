using FrontDoor.Core.Contacts;

namespace FrontDoor.Web.Pages.Staff.Contacts.Repeat;

/// <summary>
/// What the "other contacts" partial shows them for: the person, and the contact being looked at (the contact page)
/// or none yet (the phone page once a person is chosen).
/// </summary>
public sealed record OtherContactsOf(Guid? PersonId, Contact? Contact = null)
{
    public static OtherContactsOf ContactPage(Contact contact) => new(contact.PersonId, contact);

    public static OtherContactsOf PhoneCall(Guid personId) => new(personId);
}
