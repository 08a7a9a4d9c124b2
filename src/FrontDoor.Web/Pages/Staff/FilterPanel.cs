using Microsoft.AspNetCore.Html;

namespace FrontDoor.Web.Pages.Staff;

/// <summary>
/// What a staff list's MoJ filter panel needs besides its options. The form is a GET to the list's own address, so
/// filters work without JavaScript and the address keeps them; the chosen sort goes with it, and "Clear filters" (the
/// list's address alone) shows once anything is filtered.
/// </summary>
/// <param name="Options">The page's own filters (checkboxes, radios), drawn under the Apply filters button.</param>
/// <param name="Kept">
/// Filters the panel does not offer but keeps as other filters are applied (hidden fields with a sentence saying
/// what they narrow to, such as a KPI dashboard drill-down's age band), drawn above the options.
/// </param>
public sealed record FilterPanel(
    string Action,
    string TestId,
    string? Sort,
    string? Order,
    bool Filtered,
    Func<object?, IHtmlContent> Options,
    Func<object?, IHtmlContent>? Kept = null);
