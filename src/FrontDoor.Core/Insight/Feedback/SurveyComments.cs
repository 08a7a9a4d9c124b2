using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Insight.Feedback;

/// <summary>One free-text comment from a survey, with when it was given and the satisfaction it came with; nothing about who gave it.</summary>
public sealed record SurveyComment(DateTimeOffset AnsweredAt, int? Satisfaction, string Comment);

public sealed record SurveyCommentsPage(IReadOnlyList<SurveyComment> Comments, int Total);

/// <summary>
/// The survey's free-text comments for managers, newest first, a page at a time. A comment is personal data (people
/// write about themselves), so every page shown is on the audit trail against the people whose comments it showed.
/// </summary>
public sealed class SurveyComments(FrontDoorDbContext db, AuditLog audit)
{
    public const string RecordType = "SurveyComments";

    public async Task<SurveyCommentsPage> ReadAsync(int pageSize, int pageNumber, AuditActor actor, string? origin, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var commented = db.Set<SurveyInvitation>().AsNoTracking().Where(i => i.AnsweredAt != null && i.Comment != null && i.Comment != string.Empty);
        var total = await commented.CountAsync(cancellationToken);
        var rows = await commented
            .OrderByDescending(i => i.AnsweredAt).ThenByDescending(i => i.Id)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .Select(i => new { i.PersonId, i.AnsweredAt, i.Satisfaction, i.Comment })
            .ToListAsync(cancellationToken);
        audit.Record(actor, AuditAction.Viewed, RecordType, null, origin, $"survey comments, {rows.Count} shown", rows.Select(r => r.PersonId).Distinct());
        await db.SaveChangesAsync(cancellationToken);
        return new SurveyCommentsPage([.. rows.Select(r => new SurveyComment(r.AnsweredAt!.Value, r.Satisfaction, r.Comment!))], total);
    }
}
