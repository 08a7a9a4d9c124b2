using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Insight.Feedback;

/// <summary>What became of an attempt to answer a survey.</summary>
public enum SurveyAnswerOutcome
{
    Recorded,

    /// <summary>No open survey for that token: unknown, or already answered. The two are told apart nowhere, so a link cannot be probed.</summary>
    NotOpen,
}

/// <summary>
/// Answers a survey by the token in its link: once per token. The claim is a conditional update on the unanswered row,
/// so two submissions racing on several nodes record one answer. "Do not ask me again" is recorded on the person.
/// </summary>
public sealed class SurveyResponses(FrontDoorDbContext db, TimeProvider clock)
{
    /// <summary>Whether the token's survey can still be answered.</summary>
    public Task<bool> IsOpenAsync(string token, CancellationToken cancellationToken = default)
    {
        var hash = ReplyLinkToken.HashOf(token);
        return db.Set<SurveyInvitation>().AnyAsync(i => i.TokenHash == hash && i.AnsweredAt == null, cancellationToken);
    }

    public async Task<SurveyAnswerOutcome> AnswerAsync(string token, SurveyAnswers answers, bool doNotAskAgain, CancellationToken cancellationToken = default)
    {
        var hash = ReplyLinkToken.HashOf(token);
        var invitation = await db.Set<SurveyInvitation>().SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null || invitation.IsAnswered)
        {
            return SurveyAnswerOutcome.NotOpen;
        }

        var now = clock.GetUtcNow();
        invitation.Answer(answers, now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Set<SurveyInvitation>()
            .Where(i => i.Id == invitation.Id && i.AnsweredAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.AnsweredAt, now), cancellationToken);
        if (claimed == 0)
        {
            return SurveyAnswerOutcome.NotOpen;
        }

        if (doNotAskAgain && await db.People.SingleOrDefaultAsync(p => p.Id == invitation.PersonId, cancellationToken) is { } person)
        {
            person.DeclineSurveys(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SurveyAnswerOutcome.Recorded;
    }
}
