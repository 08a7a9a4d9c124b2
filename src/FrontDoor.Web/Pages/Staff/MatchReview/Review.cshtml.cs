using FrontDoor.Core;
using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.People.Matching;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.MatchReview;

public sealed class ReviewModel(Core.Contacts.PersonMatching.MatchReview review, MatchBands bands) : PageModel
{
    public MatchBands Bands => bands;

    /// <summary>The radio value for "none of these records".</summary>
    public const string NoneOfThese = "none";

    public MatchComparison Comparison { get; private set; } = null!;

    [BindProperty]
    public string? Choice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid contactId, CancellationToken cancellationToken) =>
        await LoadAsync(contactId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid contactId, CancellationToken cancellationToken)
    {
        Guid? chosen = null;
        if (string.IsNullOrEmpty(Choice))
        {
            ModelState.AddModelError(nameof(Choice), "Select the record this contact is about, or none of these");
        }
        else if (Choice != NoneOfThese)
        {
            if (Guid.TryParse(Choice, out var personId))
            {
                chosen = personId;
            }
            else
            {
                ModelState.AddModelError(nameof(Choice), "Select the record this contact is about, or none of these");
            }
        }

        if (ModelState.IsValid)
        {
            try
            {
                await review.DecideAsync(contactId, chosen, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
                TempData["MatchReviewed"] = chosen is null ? "The contact was left unmatched." : "The contact is now linked to the record you chose.";
                if (chosen is null)
                {
                    // The banner offers the next step for this contact: search for its person, or create the record.
                    TempData["LeftUnmatched"] = contactId.ToString();
                }

                return RedirectToPage("Index");
            }
            catch (DomainValidationException ex)
            {
                ModelState.AddModelError(nameof(Choice), ex.Message);
            }
        }

        return await LoadAsync(contactId, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid contactId, CancellationToken cancellationToken)
    {
        var comparison = await review.CompareAsync(contactId, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        if (comparison is null)
        {
            return false;
        }

        Comparison = comparison;
        return true;
    }
}
