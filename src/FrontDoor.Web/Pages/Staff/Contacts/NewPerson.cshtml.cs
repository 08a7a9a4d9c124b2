using System.Security.Cryptography;
using System.Text;
using FrontDoor.Core;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.Contacts.Review;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Matching;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Components;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Contacts;

/// <summary>
/// A new person record made from what was reported, for a contact about someone not on record. The details are
/// checked against the person index first; only when staff have seen the likely existing records (or there are
/// none) is the record created and the contact linked to it.
/// </summary>
public sealed class NewPersonModel(ContactPersonLinks links, PersonCandidates candidates, TimeProvider clock) : PageModel
{
    private const int MaxCandidates = 5;

    [BindProperty]
    public string? GivenName { get; set; }

    [BindProperty]
    public string? FamilyName { get; set; }

    [BindProperty]
    public DateParts DateOfBirth { get; set; } = new();

    [BindProperty]
    public string? NhsNumber { get; set; }

    [BindProperty]
    public string? AddressLine1 { get; set; }

    [BindProperty]
    public string? Town { get; set; }

    [BindProperty]
    public string? Postcode { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    /// <summary>Which details were last checked for likely existing records: changing any of them checks again.</summary>
    [BindProperty]
    public string? CheckedDetails { get; set; }

    public ContactToLink Contact { get; private set; } = null!;

    /// <summary>Records that may already be this person, shown before a new one is made.</summary>
    public IReadOnlyList<PersonCandidate> Likely { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, "creating a person from the contact", cancellationToken))
        {
            return NotFound();
        }

        var reported = Contact.Reported;
        GivenName = reported.GivenName;
        FamilyName = reported.FamilyName;
        DateOfBirth = reported.DateOfBirth is { } dob ? DateParts.From(dob) : new DateParts();
        NhsNumber = reported.NhsNumberAsGiven;
        AddressLine1 = reported.AddressLine1;
        Town = reported.Town;
        Postcode = reported.Postcode;
        Phone = reported.Phone;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, "creating a person from the contact", cancellationToken))
        {
            return NotFound();
        }

        if (Validated() is not { } details || !ModelState.IsValid)
        {
            return Page();
        }

        var actor = StaffUser.Actor(User);
        var origin = HttpContext.Connection.RemoteIpAddress?.ToString();
        var fingerprint = Fingerprint(details);
        if (CheckedDetails != fingerprint)
        {
            var described = new ReportedPerson
            {
                GivenName = details.GivenName,
                FamilyName = details.FamilyName,
                DateOfBirth = details.DateOfBirth,
                NhsNumberAsGiven = details.NhsNumber?.Value,
                AddressLine1 = details.Address?.Line1,
                Town = details.Address?.Town,
                Postcode = details.Address?.Postcode.Value,
                Phone = details.Phone?.Value,
            };
            Likely = [.. (await candidates.FindAsync(described, MaxCandidates, actor, origin, cancellationToken)).Where(c => c.Likelihood >= MatchLikelihood.Possible)];
            CheckedDetails = fingerprint;
            if (Likely.Count > 0)
            {
                return Page();
            }
        }

        try
        {
            await links.CreatePersonAndLinkAsync(id, details, actor, origin, cancellationToken);
            TempData[LinkModel.LinkedMessage] = $"A new person record was created for {details.GivenName.Trim()} {details.FamilyName.Trim()} and the contact linked to it.";
            return Redirect($"/staff/contacts/{id}");
        }
        catch (DomainValidationException ex)
        {
            ModelState.AddModelError(ex.Field is nameof(DateOfBirth) or nameof(FamilyName) or nameof(NhsNumber) or nameof(AddressLine1) ? ex.Field : nameof(GivenName), ex.Message);
            return Page();
        }
    }

    /// <summary>The details as the domain holds them, with a GOV.UK error against each field that cannot be.</summary>
    private NewPersonDetails? Validated()
    {
        if (string.IsNullOrWhiteSpace(GivenName))
        {
            ModelState.AddModelError(nameof(GivenName), "Enter a first name");
        }

        if (string.IsNullOrWhiteSpace(FamilyName))
        {
            ModelState.AddModelError(nameof(FamilyName), "Enter a last name");
        }

        DateOnly? dateOfBirth = null;
        if (!DateOfBirth.IsEmpty)
        {
            if (!DateOfBirth.TryGetDate(out var date))
            {
                ModelState.AddModelError(nameof(DateOfBirth), "Date of birth must be a real date, like 2 3 1948");
            }
            else if (date > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            {
                ModelState.AddModelError(nameof(DateOfBirth), "Date of birth must be in the past");
            }
            else
            {
                dateOfBirth = date;
            }
        }

        Core.People.NhsNumber? nhsNumber = null;
        if (!string.IsNullOrWhiteSpace(NhsNumber))
        {
            if (Core.People.NhsNumber.TryParse(NhsNumber, out var number, out var error))
            {
                nhsNumber = number;
            }
            else
            {
                ModelState.AddModelError(nameof(NhsNumber), error);
            }
        }

        PostalAddress? address = null;
        if (!string.IsNullOrWhiteSpace(Postcode) || !string.IsNullOrWhiteSpace(AddressLine1) || !string.IsNullOrWhiteSpace(Town))
        {
            if (string.IsNullOrWhiteSpace(AddressLine1))
            {
                ModelState.AddModelError(nameof(AddressLine1), "Enter address line 1, typically the building and street, or leave the address blank");
            }

            if (!UkPostcode.TryParse(Postcode, out var postcode, out var error))
            {
                ModelState.AddModelError(nameof(Postcode), string.IsNullOrWhiteSpace(Postcode) ? "Enter the postcode, or leave the address blank" : error);
            }
            else if (!string.IsNullOrWhiteSpace(AddressLine1))
            {
                try
                {
                    address = new PostalAddress(AddressLine1, null, Town, postcode);
                }
                catch (DomainValidationException ex)
                {
                    ModelState.AddModelError(nameof(AddressLine1), ex.Message);
                }
            }
        }

        PhoneNumber? phone = null;
        if (!string.IsNullOrWhiteSpace(Phone))
        {
            if (PhoneNumber.TryParse(Phone, out var number, out var error))
            {
                phone = number;
            }
            else
            {
                ModelState.AddModelError(nameof(Phone), error);
            }
        }

        return ModelState.IsValid ? new NewPersonDetails(GivenName!.Trim(), FamilyName!.Trim(), dateOfBirth, nhsNumber, address, phone) : null;
    }

    private static string Fingerprint(NewPersonDetails details) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f',
        details.GivenName, details.FamilyName, details.DateOfBirth, details.NhsNumber?.Value, details.Address?.Line1, details.Address?.Town, details.Address?.Postcode.Value, details.Phone?.Value))));

    private async Task<bool> LoadAsync(Guid id, string reason, CancellationToken cancellationToken)
    {
        if (await links.OpenAsync(id, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), reason, cancellationToken) is not { } contact)
        {
            return false;
        }

        Contact = contact;
        return true;
    }
}
