using FrontDoor.Core.Contacts.Intake;

namespace FrontDoor.Web.Pages.Staff.PhoneContact;

/// <summary>How the caller describes the person, as the advisor types it; carried from the search to the record page.</summary>
public sealed class CallerDescription
{
    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    /// <summary>A last name the person had before, such as before marriage: their record may still be under it.</summary>
    public string? FormerFamilyName { get; set; }

    public string? DateOfBirth { get; set; }

    public string? Postcode { get; set; }

    public string? NhsNumber { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? Town { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public bool IsEmpty => new[] { GivenName, FamilyName, FormerFamilyName, DateOfBirth, Postcode, NhsNumber, AddressLine1, AddressLine2, Town, Phone, Email }.All(string.IsNullOrWhiteSpace);

    /// <summary>A date the advisor typed that is not a real date is kept as typed and flagged, never guessed.</summary>
    public ReportedPerson ToReportedPerson(DateOnly today, out string? dateProblem)
    {
        var entered = new ReportedPersonInput
        {
            GivenName = GivenName,
            FamilyName = FamilyName,
            FormerFamilyName = FormerFamilyName,
            DateOfBirth = EnteredDate.FromText(DateOfBirth),
            Postcode = Postcode,
            NhsNumber = NhsNumber,
            AddressLine1 = AddressLine1,
            AddressLine2 = AddressLine2,
            Town = Town,
            Phone = Phone,
            Email = Email,
        };
        // A search takes what the caller knows: only a date of birth that cannot be one is worth stopping for.
        dateProblem = entered.Validate(today).FirstOrDefault(error => error.Field == ReportedPersonField.DateOfBirth)?.Message;
        return entered.ToReportedPerson(today).Normalised();
    }

    public IDictionary<string, string?> AsRouteValues(string prefix = "Described.") => new Dictionary<string, string?>
    {
        [prefix + nameof(GivenName)] = GivenName,
        [prefix + nameof(FamilyName)] = FamilyName,
        [prefix + nameof(FormerFamilyName)] = FormerFamilyName,
        [prefix + nameof(DateOfBirth)] = DateOfBirth,
        [prefix + nameof(Postcode)] = Postcode,
        [prefix + nameof(NhsNumber)] = NhsNumber,
        [prefix + nameof(AddressLine1)] = AddressLine1,
        [prefix + nameof(AddressLine2)] = AddressLine2,
        [prefix + nameof(Town)] = Town,
        [prefix + nameof(Phone)] = Phone,
        [prefix + nameof(Email)] = Email,
    };

    /// <summary>What the record page asks again, in view, when no record was chosen: where the person lives and how to reach them.</summary>
    public static readonly IReadOnlySet<string> AskedWhenNotOnRecord = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(AddressLine1), nameof(AddressLine2), nameof(Town), nameof(Postcode), nameof(Phone), nameof(Email),
    };
}
