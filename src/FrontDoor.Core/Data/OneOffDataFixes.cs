using FrontDoor.Core.Contacts.PersonMatching;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Data;

/// <summary>
/// Runs, after the schema migrations, each one-off data fix not yet recorded in <c>data_fixes</c>, then records it.
/// A fix is written in C# because it needs the domain's code (rewriting JSON the same way on SQLite and PostgreSQL
/// in SQL would be two copies of the rules), and must be idempotent: two nodes starting at once may both run it, and
/// a node stopped half way runs it again from the start.
/// </summary>
public sealed class OneOffDataFixes(FrontDoorDbContext db, TimeProvider clock)
{
    /// <summary>Every fix, oldest first, by a name that never changes once released.</summary>
    public static readonly IReadOnlyList<(string Name, Func<FrontDoorDbContext, CancellationToken, Task<int>> ApplyAsync)> All =
    [
        (MatchExplanationCleanup.FixName, MatchExplanationCleanup.RunAsync),
    ];

    public async Task ApplyAsync(CancellationToken cancellationToken)
    {
        var applied = (await db.DataFixes.AsNoTracking().Select(f => f.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, applyAsync) in All.Where(fix => !applied.Contains(fix.Name)))
        {
            await applyAsync(db, cancellationToken);
            var record = new DataFix(name, clock.GetUtcNow());
            db.DataFixes.Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node ran it too and recorded it first: the fix is idempotent, so both runs agree.
            }
            finally
            {
                db.Entry(record).State = EntityState.Detached;
            }
        }
    }
}
