using FrontDoor.Core.Contacts.Intake;
using FrontDoor.Core.People.AllocatedWorker;
using FrontDoor.Web.Components;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Portal.AllocatedWorker;

/// <summary>
/// The number and the date of birth, then the answer on the same address: nothing the person typed goes in an
/// address or a cookie. Not finding them shows one page, the same whichever of the two did not match.
/// </summary>
public sealed class FindModel(AllocatedWorkerLookup lookup, TextOffer textOffer, TimeProvider clock, IOptions<FrontDoorOptions> frontDoor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? By { get; set; }

    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public DateParts? DateOfBirth { get; set; }

    public PersonIdentifierKindSlug Kind { get; private set; }

    public LookupResult? Result { get; private set; }

    /// <summary>The protected look-up id the "text me" button sends back.</summary>
    public string? TextToken { get; private set; }

    public FrontDoorOptions FrontDoor => frontDoor.Value;

    public int MinutesToWait => Result?.RetryAfter is { } wait ? Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)) : 1;

    public string NumberQuestion => Kind == PersonIdentifierKindSlug.NhsNumber ? "What is your NHS number?" : "What is the reference number on your letter?";

    public IActionResult OnGet()
    {
        if (AllocatedWorkerLinks.FromSlug(By) is not { } kind)
        {
            return NotFound();
        }

        Kind = kind;
        ViewData[AllocatedWorkerLinks.BackLinkKey] = AllocatedWorkerLinks.Start;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (AllocatedWorkerLinks.FromSlug(By) is not { } kind)
        {
            return NotFound();
        }

        Kind = kind;
        ViewData[AllocatedWorkerLinks.BackLinkKey] = AllocatedWorkerLinks.Find(kind);
        ModelState.Clear();
        var identifier = kind == PersonIdentifierKindSlug.NhsNumber
            ? PersonIdentifier.ParseNhsNumber(Number, out var numberError)
            : PersonIdentifier.ParseReference(Number, out numberError);
        if (identifier is null)
        {
            ModelState.AddModelError(nameof(Number), numberError);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (ReportedPersonRules.DateOfBirth(DateOfBirth?.ToEntered(), required: true, "your", today, out var dateOfBirth) is { } dateError)
        {
            ModelState.AddModelError(nameof(DateOfBirth), dateError);
        }

        if (!ModelState.IsValid)
        {
            ViewData[AllocatedWorkerLinks.BackLinkKey] = AllocatedWorkerLinks.Start;
            return Page();
        }

        Result = await lookup.LookUpAsync(identifier!, dateOfBirth!.Value, LookupCaller.ForAddress(HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken);
        switch (Result.Outcome)
        {
            case LookupOutcome.TooManyAttempts:
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = ((int)Math.Ceiling(Result.RetryAfter!.Value.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case LookupOutcome.Found when Result.Answer!.CanText:
                TextToken = textOffer.Protect(Result.Answer.LookupId);
                break;
        }

        return Page();
    }
}

/// <summary>
/// The look-up id carried by the answer page's "text me" button, encrypted and expiring with the look-up's
/// text window, so nobody can ask for a text about a look-up they did not make.
/// </summary>
public sealed class TextOffer(IDataProtectionProvider dataProtection)
{
    private readonly ITimeLimitedDataProtector _protector = dataProtection.CreateProtector("FrontDoor.AllocatedWorker", "TextOffer").ToTimeLimitedDataProtector();

    public string Protect(Guid lookupId) => _protector.Protect(lookupId.ToString("N"), AllocatedWorkerLookup.TextWithin);

    public Guid? Unprotect(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            return Guid.TryParseExact(_protector.Unprotect(token), "N", out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
