using FrontDoor.Core;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.Contacts.Phone;
using FrontDoor.Core.Data;
using FrontDoor.Core.People;
using FrontDoor.Core.People.Search;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Pages.Portal.RequestHelp;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Pages.Staff.PhoneContact;

/// <summary>
/// Step 2 of a phone contact: what matters to the caller, in their words, recorded once. Reached by POST from the
/// search (what the caller said is personal data, so never in the address); opening a person's record here is
/// audited as the person page is.
/// </summary>
public sealed class RecordModel(PersonSummaryLookup people, PhoneContactRecorder recorder, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<(ContactSource Source, string Label)> CallerKinds =
    [
        (ContactSource.Self, "The person themselves"),
        (ContactSource.FamilyOrFriend, "Family member, friend or neighbour"),
        (ContactSource.Carer, "Their carer"),
        (ContactSource.GpOrPrimaryCare, "GP or primary care"),
        (ContactSource.Hospital, "Hospital"),
        (ContactSource.CareProvider, "Care provider"),
        (ContactSource.Police, "Police"),
        (ContactSource.OtherProfessional, "Another professional"),
    ];

    [BindProperty(SupportsGet = true)]
    public Guid? PersonId { get; set; }

    [BindProperty]
    public CallerDescription Described { get; set; } = new();

    [BindProperty]
    public string? CallerIs { get; set; }

    [BindProperty]
    public string? CallerName { get; set; }

    [BindProperty]
    public string? CallerRelationship { get; set; }

    [BindProperty]
    public string? CallerPhone { get; set; }

    [BindProperty]
    public string? CallerEmail { get; set; }

    /// <summary>A <see cref="Core.Contacts.Phone.NoWayBackReason"/>, required only when nobody can be rung or written to.</summary>
    [BindProperty]
    public string? NoWayBackReason { get; set; }

    [BindProperty]
    public string? NoWayBackDetails { get; set; }

    [BindProperty]
    public string? Story { get; set; }

    [BindProperty]
    public string? InDangerNow { get; set; }

    [BindProperty]
    public string? RiskDetails { get; set; }

    [BindProperty]
    public string? PersonIsAware { get; set; }

    [BindProperty]
    public List<string> Needs { get; set; } = [];

    [BindProperty]
    public string? InterpreterLanguage { get; set; }

    public Person? Person { get; private set; }

    public AllocationStatus? Allocation { get; private set; }

    /// <summary>What the caller said in the search, carried in hidden fields; when no record was chosen the page asks the address and contact details again, in view.</summary>
    public IEnumerable<KeyValuePair<string, string?>> CarriedFromSearch => Described.AsRouteValues()
        .Where(carried => Person is not null || !CallerDescription.AskedWhenNotOnRecord.Contains(carried.Key[(carried.Key.IndexOf('.', StringComparison.Ordinal) + 1)..]));

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => OpenAsync("phone contact: record opened", cancellationToken);

    /// <summary>From the search's results: the chosen record (or none) and what the caller said, posted, not in the address.</summary>
    public Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken)
    {
        // Nothing has been asked yet: the first sight of the form shows no errors.
        ModelState.Clear();
        return OpenAsync("phone contact: chosen from search", cancellationToken);
    }

    private async Task<IActionResult> OpenAsync(string reason, CancellationToken cancellationToken)
    {
        if (!await LoadPersonAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Person is not null)
        {
            await people.RecordOpenedAsync(Person.Id, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), reason, cancellationToken);
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SaveAsync(redirectedToAllocatedWorker: false, cancellationToken);

    public Task<IActionResult> OnPostRedirectAsync(CancellationToken cancellationToken) => SaveAsync(redirectedToAllocatedWorker: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(bool redirectedToAllocatedWorker, CancellationToken cancellationToken)
    {
        if (!await LoadPersonAsync(cancellationToken))
        {
            return NotFound();
        }

        var source = CallerKinds.FirstOrDefault(k => k.Source.ToString() == CallerIs).Source;
        if (CallerKinds.All(k => k.Source.ToString() != CallerIs))
        {
            ModelState.AddModelError(nameof(CallerIs), "Select who is calling");
        }
        else if (source != ContactSource.Self && string.IsNullOrWhiteSpace(CallerName))
        {
            ModelState.AddModelError(nameof(CallerName), "Enter the caller's name");
        }

        if (string.IsNullOrWhiteSpace(Story))
        {
            ModelState.AddModelError(nameof(Story), "Enter what the call is about, in the caller's words");
        }
        else if (Story.Length > Contact.MaxStoryLength)
        {
            ModelState.AddModelError(nameof(Story), $"What the call is about must be {Contact.MaxStoryLength:N0} characters or fewer");
        }

        if (InDangerNow is not ("yes" or "no"))
        {
            ModelState.AddModelError(nameof(InDangerNow), "Select yes if anyone is in danger now");
        }

        if (redirectedToAllocatedWorker && Allocation is null)
        {
            ModelState.AddModelError(nameof(CallerIs), "This person has no allocated worker or team to redirect to");
        }

        if (Person is null)
        {
            CheckWhereTheyLiveAndHowToReachThem();
        }

        var callerPhone = PhoneContactChecks.Phone(ModelState, nameof(CallerPhone), CallerPhone);
        var callerEmail = RequestHelpChecks.Email(ModelState, nameof(CallerEmail), CallerEmail, IntakeLimits.MaxCallerEmailLength);
        var noWayBack = PhoneContactChecks.NoWayBackFrom(ModelState, nameof(NoWayBackReason), NoWayBackReason, nameof(NoWayBackDetails), NoWayBackDetails);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var reported = Described.ToReportedPerson(today, out _);
        if (source == ContactSource.Self)
        {
            // Someone calling about themselves gives their own number: it is the person's, as the public form keeps it.
            reported = reported with { Phone = reported.Phone ?? callerPhone, Email = reported.Email ?? callerEmail };
        }

        var details = new PhoneContactDetails
        {
            CallerIs = source,
            Caller = source == ContactSource.Self ? null : new Caller(CallerName?.Trim() ?? string.Empty, Blank(CallerRelationship), Phone: callerPhone, Email: callerEmail),
            PersonId = PersonId,
            Reported = reported,
            Story = Story ?? string.Empty,
            CommunicationNeeds = new CommunicationNeeds(
                Needs.Contains("interpreter") ? Blank(InterpreterLanguage) ?? "Not yet known" : null,
                Needs.Contains("bsl"), Needs.Contains("easy-read"), Needs.Contains("large-print")),
            Consent = new ContactConsent(PersonIsAware: PersonIsAware switch { "yes" => true, "no" => false, _ => null }),
            ImmediateRisk = new ImmediateRisk(InDangerNow == "yes", Details: Blank(RiskDetails)),
            RedirectedToAllocatedWorker = redirectedToAllocatedWorker,
            NoWayBack = noWayBack,
            Actor = StaffUser.Actor(User),
            Origin = HttpContext.Connection.RemoteIpAddress?.ToString(),
        };
        if (TypedText.TrimToNull(NoWayBackReason) is null && !PhoneContactRecorder.CanBeReached(details, Person))
        {
            ModelState.AddModelError(nameof(NoWayBackReason), PhoneContactRecorder.NoWayBackMissing);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var receipt = await recorder.RecordAsync(details, cancellationToken);
            return RedirectToPage("Done", new { reference = receipt.Reference.Value, contact = receipt.ContactId, redirected = redirectedToAllocatedWorker });
        }
        catch (DomainValidationException ex)
        {
            ModelState.AddModelError(nameof(Story), ex.Message);
            return Page();
        }
    }

    /// <summary>Nobody is on record, so the contact is all anyone will have: the address and contact details are checked as the other channels check them.</summary>
    private void CheckWhereTheyLiveAndHowToReachThem()
    {
        var entered = new ReportedPersonInput
        {
            AddressLine1 = Described.AddressLine1,
            AddressLine2 = Described.AddressLine2,
            Town = Described.Town,
            Postcode = Described.Postcode,
            Phone = Described.Phone,
            Email = Described.Email,
        };
        foreach (var error in entered.Validate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
        {
            ModelState.AddModelError($"{nameof(Described)}.{error.Field}", error.Message);
        }
    }

    private async Task<bool> LoadPersonAsync(CancellationToken cancellationToken)
    {
        if (PersonId is not { } id)
        {
            return true;
        }

        var found = await people.ReadAsync(id, cancellationToken);
        (Person, Allocation) = (found?.Person, found?.Allocation);
        return found is not null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
