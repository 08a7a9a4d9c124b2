using FrontDoor.Core;
using FrontDoor.Core.WaitingWell;
using FrontDoor.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Portal.CheckIn;

/// <summary>
/// The person's answer to a texted check-in, by the link's token, without signing in. A used, expired or unknown
/// link shows the same page with the same status, so a link cannot be probed. The token is never logged.
/// </summary>
public sealed class ReplyModel(CheckInReplies replies, IOptions<FrontDoorOptions> frontDoor) : PageModel
{
    [BindProperty]
    public bool? Changed { get; set; }

    [BindProperty]
    public string? WhatChanged { get; set; }

    [BindProperty]
    public bool? WantsCall { get; set; }

    /// <summary>False once the link can no longer be answered: the page says so instead of asking.</summary>
    public bool IsOpen { get; private set; } = true;

    public FrontDoorOptions FrontDoor => frontDoor.Value;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken) =>
        await replies.IsOpenAsync(token, cancellationToken) ? Page() : NotOpen();

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (!await replies.IsOpenAsync(token, cancellationToken))
        {
            return NotOpen();
        }

        if (Changed is null)
        {
            ModelState.AddModelError(nameof(Changed), "Select whether anything has changed since we last spoke");
        }
        else if (Changed == true && string.IsNullOrWhiteSpace(WhatChanged))
        {
            ModelState.AddModelError(nameof(WhatChanged), "Enter what has changed");
        }
        else if (Changed == true && WhatChanged!.Trim().Length > CheckInReplies.MaxWhatChangedLength)
        {
            ModelState.AddModelError(nameof(WhatChanged), $"What has changed must be {CheckInReplies.MaxWhatChangedLength:N0} characters or fewer");
        }

        if (WantsCall is null)
        {
            ModelState.AddModelError(nameof(WantsCall), "Select yes if you would like us to call you");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var outcome = await replies.AnswerAsync(token, new TextCheckInAnswers(Changed, Changed == true ? WhatChanged : null, WantsCall), cancellationToken);
            return outcome == CheckInReplyOutcome.Recorded ? Redirect(CheckInLinks.ThankYou) : NotOpen();
        }
        catch (DomainValidationException refused)
        {
            ModelState.AddModelError(refused.Field, refused.Message);
            return Page();
        }
    }

    private PageResult NotOpen()
    {
        IsOpen = false;
        var page = Page();
        page.StatusCode = StatusCodes.Status404NotFound;
        return page;
    }
}
