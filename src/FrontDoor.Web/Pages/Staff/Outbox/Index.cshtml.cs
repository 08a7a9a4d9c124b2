using FrontDoor.Core.Messages;
using FrontDoor.Core.Messages.Notify;
using FrontDoor.Web.Authorisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FrontDoor.Web.Pages.Staff.Outbox;

/// <summary>Messages leaving FrontDoor, one status at a time (failed first), with why they failed; each may be retried or cancelled.</summary>
public sealed class IndexModel(OutboxAdministration outbox, IOptions<NotifyOptions> notify) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The statuses an administrator looks through, in the order they matter.</summary>
    public static readonly IReadOnlyList<MessageStatus> Tabs = [MessageStatus.Failed, MessageStatus.Pending, MessageStatus.Sending, MessageStatus.Sent, MessageStatus.Delivered, MessageStatus.Cancelled];

    [BindProperty(SupportsGet = true)]
    public MessageStatus Status { get; set; } = MessageStatus.Failed;

    /// <summary>Which page of messages ("page" itself is Razor Pages' own route value).</summary>
    [BindProperty(SupportsGet = true, Name = "messages")]
    public int PageNumber { get; set; } = 1;

    /// <summary>What the last retry or cancel did, shown once after the redirect.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public OutboxPage Messages { get; private set; } = null!;

    public bool NotifyConfigured => notify.Value.IsConfigured;

    public PaginationLinks Pagination =>
        new(new Paging(PageNumber, PageSize, Messages.Total), "Pages of messages", n => $"/staff/outbox?status={Status}&messages={n}", "outbox-pagination");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Messages = await outbox.ListAsync(Status, PageSize, PageNumber, StaffUser.Actor(User), cancellationToken);
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid messageId, CancellationToken cancellationToken) =>
        Outcome(await outbox.RetryAsync(messageId, StaffUser.Actor(User), cancellationToken), "retried");

    public async Task<IActionResult> OnPostCancelAsync(Guid messageId, CancellationToken cancellationToken) =>
        Outcome(await outbox.CancelAsync(messageId, StaffUser.Actor(User), cancellationToken), "cancelled");

    private IActionResult Outcome(OutboxActionOutcome outcome, string done) => outcome switch
    {
        OutboxActionOutcome.NotFound => NotFound(),
        OutboxActionOutcome.NoLongerWaiting => Redirect($"/staff/outbox?status={Status}&done=changed"),
        _ => Redirect($"/staff/outbox?status={Status}&done={done}"),
    };
}
