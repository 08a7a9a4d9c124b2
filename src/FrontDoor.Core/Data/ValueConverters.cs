using FrontDoor.Core.Contacts;
using FrontDoor.Core.People;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FrontDoor.Core.Data;

/// <summary>How value objects are stored: always in their normal form, rebuilt without re-validation cost surprises.</summary>
internal static class ValueConverters
{
    public static readonly ValueConverter<NhsNumber, string> NhsNumber = new(n => n.Value, s => People.NhsNumber.Parse(s));

    public static readonly ValueConverter<UkPostcode, string> Postcode = new(p => p.Value, s => UkPostcode.Parse(s));

    public static readonly ValueConverter<PhoneNumber, string> Phone = new(p => p.Value, s => PhoneNumber.FromStored(s));

    public static readonly ValueConverter<ContactReference, string> ContactReference = new(r => r.Value, s => Contacts.ContactReference.FromStored(s));

    public static ValueConverter PhoneElement => Phone;

    /// <summary>A former address as one JSON object, an element of the person's list (a JSON array on SQLite, text[] on PostgreSQL).</summary>
    public static readonly ValueConverter<FormerAddress, string> FormerAddressElement = new(a => StoredFormerAddress.Write(a), s => StoredFormerAddress.Read(s));
}
