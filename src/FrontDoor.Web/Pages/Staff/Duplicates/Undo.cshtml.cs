using FrontDoor.Core;
using FrontDoor.Core.People.Matching;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Duplicates;

/// <summary>Takes back a decision on a pair, from the banner after deciding or from the records to merge.</summary>
public sealed class UndoModel(DuplicateReview review) : PageModel
{
    /// <summary>"to-merge" to go back to the records to merge; anything else goes back to the report.</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(Guid decisionId, CancellationToken cancellationToken)
    {
        try
        {
            var undone = await review.UndoAsync(decisionId, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
            TempData["DuplicateUndone"] = DuplicateWords.Undone(undone);
        }
        catch (DomainValidationException ex)
        {
            // Undone already (another manager, or a second click): say so where they are going back to.
            TempData["DuplicateUndone"] = ex.Message + ".";
        }

        return From == "to-merge" ? RedirectToPage("ToMerge") : RedirectToPage("Index");
    }
}
