using FrontDoor.Core.Insight.Feedback;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Insight;

/// <summary>The survey's free-text comments, newest first, for managers only (the folder's rule); each page viewed is audited.</summary>
public sealed class FeedbackCommentsModel(SurveyComments comments) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public SurveyCommentsPage Comments { get; private set; } = null!;

    public Paging Paging => new(PageNumber, PageSize, Comments.Total);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Comments = await comments.ReadAsync(PageSize, PageNumber, StaffUser.Actor(User), HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
    }
}
