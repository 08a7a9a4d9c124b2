using FrontDoor.Core.Data;
using FrontDoor.Core.People.Matching;
using FrontDoor.Matching;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Contacts.PersonMatching;

/// <summary>
/// Takes other people's personal data out of explanations stored before the matcher wrote reasons only: the engine
/// then stored each candidate's field descriptions, such as "different family names (Marsh / Jones)", for candidates
/// who were not the person too. Rule names, levels, weights, bands and record ids are kept; each description becomes
/// the reason for its field and level. Run once by <see cref="OneOffDataFixes"/>; cleaning a clean explanation changes nothing.
/// </summary>
public static class MatchExplanationCleanup
{
    public const string FixName = "match-explanations-without-personal-data";

    private const int BatchSize = 500;

    /// <summary>The explanation with every field's text reduced to its reason; text that is not a matcher's JSON is returned as it is.</summary>
    public static string? Clean(string? stored)
    {
        var read = MatchExplanationReader.Read(stored);
        if (string.IsNullOrWhiteSpace(stored) || read.Unreadable is not null)
        {
            // No matcher wrote words; the contact page shows such text as it is, and there is nothing to parse.
            return stored;
        }

        return (read with
        {
            Candidates = [.. read.Candidates.Select(c => c with
            {
                Fields = [.. c.Fields.Select(f => f with { Description = FieldContribution.ReasonFromStored(f.Field, f.Level, f.Description) })],
            })],
        }).ToJson();
    }

    /// <summary>Cleans every stored explanation, a batch at a time; returns how many changed.</summary>
    public static async Task<int> RunAsync(FrontDoorDbContext db, CancellationToken cancellationToken)
    {
        var ids = await db.Contacts.AsNoTracking().Where(c => c.MatchExplanation != null).Select(c => c.Id).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var batch in ids.Chunk(BatchSize))
        {
            var stored = await db.Contacts.AsNoTracking().Where(c => batch.Contains(c.Id)).Select(c => new { c.Id, c.MatchExplanation }).ToListAsync(cancellationToken);

            // One commit a batch (on SQLite each commit is a sync to disk). Each row is written only if its explanation
            // is still the one read, so a contact matched again meanwhile on another node keeps its new explanation.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var row in stored)
            {
                if (Clean(row.MatchExplanation) is var cleaned && cleaned != row.MatchExplanation)
                {
                    changed += await db.Contacts.Where(c => c.Id == row.Id && c.MatchExplanation == row.MatchExplanation)
                        .ExecuteUpdateAsync(set => set.SetProperty(c => c.MatchExplanation, cleaned), cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return changed;
    }
}
