using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Telephony;

/// <summary>
/// The imported call records as a manager looks through them, newest call first, each with the import it came from.
/// Call records name the telephony's agent id and nobody else, so reading them is not audited.
/// </summary>
public sealed class CallRecords(FrontDoorDbContext db)
{
    /// <param name="importId">Only the calls one import brought in; null for every call.</param>
    /// <param name="pageNumber">From 1; a page past the end is empty.</param>
    public async Task<CallRecordsPage> ReadAsync(Guid? importId, int pageSize, int pageNumber, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        var calls = db.CallRecords.AsNoTracking();
        if (importId is { } id)
        {
            calls = calls.Where(c => c.ImportId == id);
        }

        var total = await calls.CountAsync(cancellationToken);
        var page = await calls.OrderByDescending(c => c.OfferedAt).ThenBy(c => c.CallId)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        var importIds = page.Select(c => c.ImportId).OfType<Guid>().Distinct().ToList();
        var imports = await db.CallImports.AsNoTracking().Where(i => importIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var import = importId is { } only ? imports.GetValueOrDefault(only) ?? await db.CallImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == only, cancellationToken) : null;
        return new CallRecordsPage(
            page.Select(c => new CallListing(c, c.ImportId is { } from ? imports.GetValueOrDefault(from) : null)).ToList(),
            total,
            import);
    }
}

/// <param name="Import">Null for calls imported before imports were recorded.</param>
public sealed record CallListing(CallRecord Call, CallImport? Import);

/// <param name="Import">The import the list is narrowed to, if any.</param>
public sealed record CallRecordsPage(IReadOnlyList<CallListing> Rows, int Total, CallImport? Import);
