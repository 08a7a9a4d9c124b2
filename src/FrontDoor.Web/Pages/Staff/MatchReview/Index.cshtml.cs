using FrontDoor.Core.Contacts.PersonMatching;
using FrontDoor.Core.People.Matching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.MatchReview;

public sealed class IndexModel(Core.Contacts.PersonMatching.MatchReview review) : PageModel
{
    private const int PageSize = 50;

    public IReadOnlyList<MatchReviewItem> Waiting { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Waiting = await review.QueueAsync(PageSize, cancellationToken);
}
