using FrontDoor.Core.People.AllocatedWorker;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Portal.AllocatedWorker;

/// <summary>"Text me these details": to the mobile number on the record, once per look-up.</summary>
public sealed class TextModel(AllocatedWorkerLookup lookup, TextOffer textOffer, IOptions<FrontDoorOptions> frontDoor) : PageModel
{
    public TextDetailsOutcome Outcome { get; private set; }

    public FrontDoorOptions FrontDoor => frontDoor.Value;

    public IActionResult OnGet() => Redirect(AllocatedWorkerLinks.Start);

    public async Task<IActionResult> OnPostAsync(string? token, CancellationToken cancellationToken)
    {
        Outcome = textOffer.Unprotect(token) is { } lookupId
            ? await lookup.TextDetailsAsync(lookupId, cancellationToken)
            : TextDetailsOutcome.Unavailable;
        return Page();
    }
}
