using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Errors;

/// <summary>Where unhandled errors and empty error responses are re-executed, so people get a GOV.UK page.</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class ProblemModel : PageModel
{
    public bool IsNotFound { get; private set; }

    public void OnGet(int? statusCode) => IsNotFound = statusCode == StatusCodes.Status404NotFound;

    // An error while handling a form post is re-executed as a post.
    public void OnPost(int? statusCode) => OnGet(statusCode);
}
