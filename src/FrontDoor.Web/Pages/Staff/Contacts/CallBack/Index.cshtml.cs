using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.CallBacks;
using FrontDoor.Core.WorkQueues;
using FrontDoor.Web.Authorisation;
using FrontDoor.Web.Components;
using FrontDoor.Web.Pages.Staff.Queues;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Web.Pages.Staff.Contacts.CallBack;

/// <summary>
/// Arrange a call back by a time: who to call and why, and who will make it. Marking the arranged call back done is
/// posted here from the contact's Work summary.
/// </summary>
public sealed class IndexModel(WorkQueueQueries queries, ContactEventWords eventWords, ContactCallBacks callBacks, KnownStaff staff, TimeProvider clock)
    : ContactWorkPageModel(queries, eventWords)
{
    [BindProperty]
    public DateParts DueDate { get; set; } = new();

    [BindProperty]
    public string? DueTime { get; set; }

    [BindProperty]
    public CallBackPerson? Who { get; set; }

    [BindProperty]
    public string? OtherName { get; set; }

    [BindProperty]
    public string? OtherPhone { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>Who will make the call back: the member of staff, unless they arrange it for someone else.</summary>
    [BindProperty]
    public string? ForId { get; set; }

    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    public string DateHint => CallBackFields.DateHint(clock.GetUtcNow());

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(id, cancellationToken);
        if (shown is not PageResult)
        {
            return shown;
        }

        // One call back at a time: one already arranged is changed or cancelled, on its own pages.
        if (!Workable || Contact.CallBack is not null)
        {
            return Redirect($"/staff/contacts/{id}#work");
        }

        ForId = StaffUser.Id(User);
        return shown;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !Workable)
        {
            return NotFound();
        }

        var dueAt = CallBackFields.Read(DueDate, DueTime, ModelState, nameof(DueDate), nameof(DueTime));
        var maker = Staff.FirstOrDefault(s => s.Id == ForId);
        var arrangement = new CallBackArrangement(dueAt ?? DateTimeOffset.MaxValue, Who ?? (CallBackPerson)(-1), OtherName, OtherPhone, Reason, maker?.Id ?? string.Empty, maker?.Name ?? string.Empty);
        foreach (var (field, message) in ScheduledCallBack.Check(arrangement, clock.GetUtcNow()).Problems)
        {
            ModelState.AddModelError(PageField(field), message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await ChangeAsync(id, () => callBacks.ArrangeAsync(id, Version, arrangement, StaffUser.Actor(User), cancellationToken), cancellationToken, PageField);
    }

    /// <summary>The arranged call back was made: posted from the Work summary with the version it showed.</summary>
    public async Task<IActionResult> OnPostDoneAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        var (done, changesSince) = await WorkChange.TryAsync(() => callBacks.DoneAsync(id, Version, StaffUser.Actor(User), cancellationToken), ModelState, EventWords);
        if (done)
        {
            return Redirect($"/staff/contacts/{id}#work");
        }

        // Refused (someone changed the contact first): the arranging page shows why, with the contact's work as it is now.
        ShowChangesSince(changesSince);
        await ShowAsync(id, cancellationToken);
        return Page();
    }

    protected override async Task OnLoadedAsync(Contact contact, CancellationToken cancellationToken)
    {
        var everyone = await staff.AllAsync(cancellationToken);
        var me = new StaffMember(StaffUser.Id(User), StaffUser.Name(User), null);
        Staff = everyone.Any(s => s.Id == me.Id) ? everyone : [me, .. everyone];
    }

    private bool Workable => Contact is { Status: not (ContactStatus.Closed or ContactStatus.Received) };

    private static string PageField(string field) => field switch
    {
        nameof(CallBackArrangement.DueAt) => nameof(DueDate),
        nameof(CallBackArrangement.Who) => nameof(Who),
        nameof(CallBackArrangement.OtherName) => nameof(OtherName),
        nameof(CallBackArrangement.OtherPhone) => nameof(OtherPhone),
        nameof(CallBackArrangement.Reason) => nameof(Reason),
        nameof(CallBackArrangement.ForId) => nameof(ForId),
        _ => string.Empty,
    };
}
