using FrontDoor.Core.People;

namespace FrontDoor.Core.Contacts.Intake;

/// <summary>A detail of the person a contact is about, in the order forms ask for them.</summary>
public enum ReportedPersonField
{
    GivenName,
    FamilyName,
    KnownAs,
    FormerFamilyName,
    DateOfBirth,
    NhsNumber,
    LasId,
    AddressLine1,
    AddressLine2,
    Town,
    Postcode,
    Phone,
    Email,
}

/// <summary>Who a question is put to, for the "Enter … first name" messages.</summary>
public enum PersonVoice
{
    /// <summary>"Enter the person's first name": professionals and partner systems.</summary>
    ThePerson,

    /// <summary>"Enter your first name": someone asking for help for themselves.</summary>
    You,

    /// <summary>"Enter their first name": someone asking for someone else.</summary>
    They,
}

/// <summary>One broken rule: the field and a GOV.UK error message for it.</summary>
public sealed record ReportedPersonError(ReportedPersonField Field, string Message)
{
    /// <summary>The field as JSON names it ("nhsNumber"), for API problems.</summary>
    public string JsonName => char.ToLowerInvariant(Field.ToString()[0]) + Field.ToString()[1..];
}

/// <summary>
/// The person a contact is about, as entered on any channel (public form, e-form, partner API, an email, a call),
/// before any of it is checked. <see cref="Validate"/> is every channel's rules and wording;
/// <see cref="ToReportedPerson"/> is every channel's way into <see cref="ReportedPerson"/>. A form asks for the
/// fields it shows and leaves the rest null: a field not given is only an error when the form requires it.
/// </summary>
public sealed record ReportedPersonInput
{
    public string? GivenName { get; init; }

    public string? FamilyName { get; init; }

    public string? KnownAs { get; init; }

    public string? FormerFamilyName { get; init; }

    public EnteredDate? DateOfBirth { get; init; }

    public string? NhsNumber { get; init; }

    public string? LasId { get; init; }

    public string? AddressLine1 { get; init; }

    public string? AddressLine2 { get; init; }

    public string? Town { get; init; }

    public string? Postcode { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    /// <summary>Every broken rule, in field order (the order forms show them); empty when all is well.</summary>
    public IReadOnlyList<ReportedPersonError> Validate(DateOnly today, IReadOnlyCollection<ReportedPersonField>? required = null, PersonVoice voice = PersonVoice.ThePerson)
    {
        var whose = voice switch
        {
            PersonVoice.You => "your",
            PersonVoice.They => "their",
            _ => "the person's",
        };
        var errors = new List<ReportedPersonError>();
        void Check(ReportedPersonField field, string? message)
        {
            if (message is not null)
            {
                errors.Add(new ReportedPersonError(field, message));
            }
        }

        bool Required(ReportedPersonField field) => required?.Contains(field) == true;

        Check(ReportedPersonField.GivenName, ReportedPersonRules.Text(GivenName, Required(ReportedPersonField.GivenName), $"Enter {whose} first name", "First name"));
        Check(ReportedPersonField.FamilyName, ReportedPersonRules.Text(FamilyName, Required(ReportedPersonField.FamilyName), $"Enter {whose} last name", "Last name"));
        Check(ReportedPersonField.KnownAs, ReportedPersonRules.Text(KnownAs, Required(ReportedPersonField.KnownAs), $"Enter the name {(voice == PersonVoice.You ? "you like" : "they like")} to be called", "Preferred name"));
        Check(ReportedPersonField.FormerFamilyName, ReportedPersonRules.Text(FormerFamilyName, Required(ReportedPersonField.FormerFamilyName), $"Enter {whose} previous last name", "Previous last name"));
        Check(ReportedPersonField.DateOfBirth, ReportedPersonRules.DateOfBirth(DateOfBirth, Required(ReportedPersonField.DateOfBirth), whose, today, out _));
        Check(ReportedPersonField.NhsNumber, ReportedPersonRules.NhsNumber(NhsNumber, Required(ReportedPersonField.NhsNumber), whose));
        Check(ReportedPersonField.LasId, ReportedPersonRules.Text(LasId, Required(ReportedPersonField.LasId), $"Enter {whose} LAS ID", "LAS ID"));
        Check(ReportedPersonField.AddressLine1, ReportedPersonRules.Text(AddressLine1, Required(ReportedPersonField.AddressLine1), "Enter address line 1, typically the building and street", "Address line 1"));
        Check(ReportedPersonField.AddressLine2, ReportedPersonRules.Text(AddressLine2, Required(ReportedPersonField.AddressLine2), "Enter address line 2", "Address line 2"));
        Check(ReportedPersonField.Town, ReportedPersonRules.Text(Town, Required(ReportedPersonField.Town), "Enter town or city", "Town or city"));
        Check(ReportedPersonField.Postcode, ReportedPersonRules.Postcode(Postcode, Required(ReportedPersonField.Postcode), whose));
        Check(ReportedPersonField.Phone, ReportedPersonRules.Phone(Phone, Required(ReportedPersonField.Phone), whose));
        Check(ReportedPersonField.Email, ReportedPersonRules.Email(Email, Required(ReportedPersonField.Email), $"Enter {whose} email address"));
        return errors;
    }

    /// <summary>
    /// The person as intake keeps them: values trimmed and as given, the date of birth with its real date when it
    /// could be a living person's, the postcode in its normal form and the phone number as staff dial it when they
    /// are real. Call it after <see cref="Validate"/>, or on text read by machine, whose values may break the rules.
    /// </summary>
    public ReportedPerson ToReportedPerson(DateOnly today)
    {
        ReportedPersonRules.DateOfBirth(DateOfBirth, required: false, string.Empty, today, out var date);
        return new ReportedPerson
        {
            GivenName = TypedText.TrimToNull(GivenName),
            FamilyName = TypedText.TrimToNull(FamilyName),
            KnownAs = TypedText.TrimToNull(KnownAs),
            FormerFamilyName = TypedText.TrimToNull(FormerFamilyName),
            DateOfBirthAsGiven = DateOfBirth?.AsGiven,
            DateOfBirth = date,
            NhsNumberAsGiven = TypedText.TrimToNull(NhsNumber),
            LasId = TypedText.TrimToNull(LasId),
            AddressLine1 = TypedText.TrimToNull(AddressLine1),
            AddressLine2 = TypedText.TrimToNull(AddressLine2),
            Town = TypedText.TrimToNull(Town),
            Postcode = UkPostcode.TryParse(Postcode, out var postcode, out _) ? postcode.Value : TypedText.TrimToNull(Postcode),
            Phone = PhoneNumber.TryParse(Phone, out var phone, out _) ? phone.National : TypedText.TrimToNull(Phone),
            Email = TypedText.TrimToNull(Email),
        };
    }

    /// <summary>
    /// For details read by machine (an email), which cannot be asked again: a value that breaks its rule is dropped
    /// rather than refused. The date of birth and NHS number stay as given, flagged by having no real form
    /// (<see cref="ReportedPerson.DateOfBirth"/> null, <see cref="ReportedPerson.ValidNhsNumber"/> null), so staff
    /// see what was written.
    /// </summary>
    public ReportedPersonInput WithoutBrokenValues(DateOnly today)
    {
        var broken = Validate(today).Select(error => error.Field).ToHashSet();
        string? Kept(ReportedPersonField field, string? value) => broken.Contains(field) ? null : value;
        return this with
        {
            GivenName = Kept(ReportedPersonField.GivenName, GivenName),
            FamilyName = Kept(ReportedPersonField.FamilyName, FamilyName),
            KnownAs = Kept(ReportedPersonField.KnownAs, KnownAs),
            FormerFamilyName = Kept(ReportedPersonField.FormerFamilyName, FormerFamilyName),
            LasId = Kept(ReportedPersonField.LasId, LasId),
            AddressLine1 = Kept(ReportedPersonField.AddressLine1, AddressLine1),
            AddressLine2 = Kept(ReportedPersonField.AddressLine2, AddressLine2),
            Town = Kept(ReportedPersonField.Town, Town),
            Postcode = Kept(ReportedPersonField.Postcode, Postcode),
            Phone = Kept(ReportedPersonField.Phone, Phone),
            Email = Kept(ReportedPersonField.Email, Email),
        };
    }
}
