using Microsoft.AspNetCore.Http.Extensions;

namespace FrontDoor.Web.Pages.Staff;

/// <summary>
/// A staff table sorted on the server through its column headers' links, so sorting works without JavaScript: the
/// headers follow MoJ's sortable table (aria-sort) without its script. Each link keeps the page's other query values
/// (its filters) and drops <paramref name="Dropped"/> (a page number, which means nothing in another order).
/// </summary>
/// <param name="Column">The column sorted by, or empty when the list is in its own order.</param>
public sealed record SortLinks(HttpRequest Request, string Path, string Column, bool Descending, params string[] Dropped)
{
    /// <summary>The column's header link: sorts by it, or the other way if it already does.</summary>
    public string Href(string column) =>
        WithQuery(Request, Path, [("sort", column), ("order", Column == column && !Descending ? "descending" : "ascending")], Dropped);

    /// <summary>What the column's header tells screen readers: how the table is sorted by it, if it is.</summary>
    public string AriaSort(string column) => Column != column ? "none" : Descending ? "descending" : "ascending";

    /// <summary>The path with the request's query, its <paramref name="replace"/> values replaced and <paramref name="drop"/> left out.</summary>
    public static string WithQuery(HttpRequest request, string path, IEnumerable<(string Key, string Value)> replace, IEnumerable<string> drop)
    {
        var replacing = replace.ToList();
        var replaced = replacing.Select(r => r.Key).Concat(drop).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var query = new QueryBuilder(request.Query
            .Where(p => !replaced.Contains(p.Key) && p.Key != "handler")
            .SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v ?? string.Empty))));
        foreach (var (name, value) in replacing)
        {
            query.Add(name, value);
        }

        return path + query.ToQueryString();
    }
}
