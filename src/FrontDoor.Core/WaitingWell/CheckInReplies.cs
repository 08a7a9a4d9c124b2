using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Events;
using FrontDoor.Core.Data;
using FrontDoor.Core.Messages;
using FrontDoor.Core.WorkQueues;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.WaitingWell;

/// <summary>A person's answer to a texted check-in.</summary>
public sealed record TextCheckInAnswers(bool? Changed, string? WhatChanged, bool? WantsCall);

/// <summary>What became of an attempt to answer a texted check-in.</summary>
public enum CheckInReplyOutcome
{
    Recorded,

    /// <summary>Unknown, used, expired, or the team has closed the contact: told apart nowhere, so a link cannot be probed.</summary>
    NotOpen,
}

/// <summary>
/// Answers a texted check-in by the token in its link, once. The claim is a conditional update on the unanswered,
/// unexpired prompt, in the same transaction as the contact's <c>CheckedIn</c> event, so two submissions racing on
/// several nodes record one answer. The answer never sets the risk: a change or a request for a call escalates.
/// </summary>
public sealed class CheckInReplies(FrontDoorDbContext db, TimeProvider clock, ContactWork work)
{
    public const int MaxWhatChangedLength = 500;

    // A member of staff saving the same contact at the same moment makes the answer's save lose; it is tried again.
    private const int Attempts = 3;

    public async Task<bool> IsOpenAsync(string token, CancellationToken cancellationToken = default) =>
        await OpenPromptAsync(token, cancellationToken) is not null;

    public async Task<CheckInReplyOutcome> AnswerAsync(string token, TextCheckInAnswers answers, CancellationToken cancellationToken = default)
    {
        Validate(answers);
        if (await OpenPromptAsync(token, cancellationToken) is not { } prompt)
        {
            return CheckInReplyOutcome.NotOpen;
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Set<CheckInPrompt>()
            .Where(p => p.Id == prompt.Id && p.AnsweredAt == null && p.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.AnsweredAt, now), cancellationToken);
        if (claimed == 0)
        {
            return CheckInReplyOutcome.NotOpen;
        }

        for (var attempt = 1; ; attempt++)
        {
            var version = await db.Contacts.AsNoTracking().Where(c => c.Id == prompt.ContactId).Select(c => c.Version).SingleAsync(cancellationToken);
            var waiting = true;
            try
            {
                await work.ChangeAsync(prompt.ContactId, version, (contact, at) =>
                {
                    // The team closed it since the page was shown: the answer is not recorded, and the claim is rolled back.
                    waiting = contact.Status == ContactStatus.Routed;
                    if (waiting)
                    {
                        contact.RecordCheckInByText(answers.Changed!.Value, answers.WhatChanged, answers.WantsCall!.Value, at, CheckInTexts.ThePersonByText);
                    }
                }, cancellationToken);
            }
            catch (ContactChangedException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
                continue;
            }

            if (!waiting)
            {
                return CheckInReplyOutcome.NotOpen;
            }

            break;
        }

        await transaction.CommitAsync(cancellationToken);
        return CheckInReplyOutcome.Recorded;
    }

    private async Task<CheckInPrompt?> OpenPromptAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = ReplyLinkToken.HashOf(token);
        var now = clock.GetUtcNow();
        var prompt = await db.Set<CheckInPrompt>().AsNoTracking().SingleOrDefaultAsync(p => p.TokenHash == hash, cancellationToken);
        if (prompt is null || !prompt.IsOpenAt(now)
            || !await db.Contacts.AnyAsync(c => c.Id == prompt.ContactId && c.Status == ContactStatus.Routed, cancellationToken))
        {
            return null;
        }

        return prompt;
    }

    private static void Validate(TextCheckInAnswers answers)
    {
        if (answers.Changed is null)
        {
            throw new DomainValidationException(nameof(answers.Changed), "Select whether anything has changed since we last spoke");
        }

        if (answers.Changed == true && string.IsNullOrWhiteSpace(answers.WhatChanged))
        {
            throw new DomainValidationException(nameof(answers.WhatChanged), "Enter what has changed");
        }

        if (answers.Changed == true && answers.WhatChanged!.Trim().Length > MaxWhatChangedLength)
        {
            throw new DomainValidationException(nameof(answers.WhatChanged), $"What has changed must be {MaxWhatChangedLength:N0} characters or fewer");
        }

        if (answers.WantsCall is null)
        {
            throw new DomainValidationException(nameof(answers.WantsCall), "Select yes if you would like us to call you");
        }
    }
}
