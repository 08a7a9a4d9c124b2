using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Errors;

/// <summary>Where unhandled errors and empty error responses are re-executed, so people get a GOV.UK page.</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class ProblemModel : PageModel
{
    public bool IsNotFound { get; private set; }

    public bool IsTooManyRequests { get; private set; }

    /// <summary>For "too many requests": whole minutes until the throttle lets this caller in again.</summary>
    public int MinutesToWait { get; private set; }

    public void OnGet(int? statusCode)
    {
        IsNotFound = statusCode == StatusCodes.Status404NotFound;
        IsTooManyRequests = statusCode == StatusCodes.Status429TooManyRequests;
        if (IsTooManyRequests)
        {
            // The throttle set Retry-After before this page was re-executed.
            var seconds = int.TryParse(Response.Headers.RetryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 60;
            MinutesToWait = Math.Max(1, (int)Math.Ceiling(seconds / 60.0));
        }
    }

    // An error while handling a form post is re-executed as a post.
    public void OnPost(int? statusCode) => OnGet(statusCode);
}
