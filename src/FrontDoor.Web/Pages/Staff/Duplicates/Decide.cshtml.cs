using FrontDoor.Core;
using FrontDoor.Core.People.Matching;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Duplicates;

public sealed class DecideModel(DuplicateReview review) : PageModel
{
    private const string ChooseOne = "Select whether these records are the same person";

    public DuplicateComparison Comparison { get; private set; } = null!;

    [BindProperty]
    public DuplicateVerdict? Verdict { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid duplicateId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(duplicateId, cancellationToken))
        {
            return NotFound();
        }

        Verdict = Comparison.Decided;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid duplicateId, CancellationToken cancellationToken)
    {
        // A value that is not one of the two options fails binding: replace the framework's wording with the page's.
        if (!ModelState.IsValid || Verdict is null)
        {
            ModelState.Remove(nameof(Verdict));
            ModelState.AddModelError(nameof(Verdict), ChooseOne);
        }
        else
        {
            try
            {
                var decisionId = await review.DecideAsync(duplicateId, Verdict.Value, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
                TempData["DuplicateDecided"] = Verdict == DuplicateVerdict.SamePerson
                    ? "Saved: the two records are one person. The pair is listed under records to merge until the case management system merges them."
                    : "Saved: these are different people. FrontDoor will not show this pair again.";
                TempData["UndoDecision"] = decisionId.ToString("D");
                return RedirectToPage("Index");
            }
            catch (DomainValidationException ex)
            {
                ModelState.AddModelError(nameof(Verdict), ex.Message);
            }
        }

        return await LoadAsync(duplicateId, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid duplicateId, CancellationToken cancellationToken)
    {
        var comparison = await review.CompareAsync(duplicateId, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        if (comparison is null)
        {
            return false;
        }

        Comparison = comparison;
        return true;
    }
}
