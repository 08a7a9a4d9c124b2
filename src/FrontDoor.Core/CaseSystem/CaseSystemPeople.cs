using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.CaseSystem;

/// <summary>
/// Finds people by their case-system id, following merges: an id the case system merged away (quoted from an old
/// letter or an old referral) finds the record that kept it.
/// </summary>
public static class CaseSystemPeople
{
    /// <summary>FrontDoor's person id for each of the case-system ids it holds, directly or through a merge.</summary>
    public static async Task<Dictionary<string, Guid>> ResolveAsync(FrontDoorDbContext db, IReadOnlyCollection<string> caseSystemIds, CancellationToken cancellationToken)
    {
        var ids = caseSystemIds.Distinct(StringComparer.Ordinal).ToList();
        var found = await db.People.AsNoTracking().Where(p => ids.Contains(p.LasId!)).Select(p => new { p.LasId, p.Id })
            .ToDictionaryAsync(p => p.LasId!, p => p.Id, StringComparer.Ordinal, cancellationToken);
        var rest = ids.Where(id => !found.ContainsKey(id)).ToList();
        if (rest.Count > 0)
        {
            foreach (var alias in await db.CaseSystemAliases.AsNoTracking().Where(a => rest.Contains(a.CaseSystemId)).ToListAsync(cancellationToken))
            {
                found[alias.CaseSystemId] = alias.PersonId;
            }
        }

        return found;
    }
}
