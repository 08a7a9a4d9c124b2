namespace FrontDoor.Web.Pages.Staff;

/// <summary>Which page of a long staff list is showing, and the page numbers GOV.UK pagination links to.</summary>
/// <param name="PageNumber">From 1.</param>
public sealed record Paging(int PageNumber, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The first and last rows this page shows, counting from 1.</summary>
    public (int First, int Last) Shown => ((PageNumber - 1) * PageSize + 1, Math.Min(PageNumber * PageSize, Total));

    /// <summary>First, last and those around this one, as GOV.UK pagination shows them; null for a gap.</summary>
    public IEnumerable<int?> Links()
    {
        int? previous = null;
        foreach (var number in Enumerable.Range(1, PageCount).Where(n => n == 1 || n == PageCount || Math.Abs(n - PageNumber) <= 1))
        {
            if (previous is { } last && number > last + 1)
            {
                yield return null;
            }

            yield return number;
            previous = number;
        }
    }
}

/// <summary>What the pagination partial needs: the paging, what the pages are of (for screen readers), and each page's address.</summary>
public sealed record PaginationLinks(Paging Paging, string Label, Func<int, string> Href, string TestId);
