using FrontDoor.Core.Messages;

namespace FrontDoor.Core.Insight.Feedback;

/// <summary>
/// The feedback survey texted to someone after their contact closed, and their answers once given. One per contact,
/// ever (a unique index on <see cref="ContactId"/>): a contact reopened and closed again is not asked twice. Only a
/// hash of the link's token is stored, so the table cannot be used to answer for someone.
/// </summary>
public sealed class SurveyInvitation
{
    public const int MaxCommentLength = 1200;
    public const int TokenHashLength = ReplyLinkToken.HashLength;

    public SurveyInvitation(Guid id, Guid contactId, Guid personId, string tokenHash, DateTimeOffset sentAt)
    {
        Id = id;
        ContactId = contactId;
        PersonId = personId;
        TokenHash = tokenHash;
        SentAt = sentAt;
    }

    public Guid Id { get; private set; }

    public Guid ContactId { get; private set; }

    /// <summary>Whose survey it is: "do not ask me again" is recorded on this person.</summary>
    public Guid PersonId { get; private set; }

    /// <summary>SHA-256 of the token in the link, hex.</summary>
    public string TokenHash { get; private set; }

    /// <summary>When the invitation was written to the outbox (with the close).</summary>
    public DateTimeOffset SentAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>1 (very dissatisfied) to 5 (very satisfied).</summary>
    public int? Satisfaction { get; private set; }

    /// <summary>Agreement with each <see cref="IStatements"/> statement, in its order; null when not answered.</summary>
    public bool? AgreesRightPersonFirstTime { get; private set; }

    public bool? AgreesInformationHelped { get; private set; }

    public bool? AgreesAdviceHelpsWellbeing { get; private set; }

    public bool? AgreesContactSuitsMe { get; private set; }

    public string? Comment { get; private set; }

    public bool IsAnswered => AnsweredAt is not null;

    public void Answer(SurveyAnswers answers, DateTimeOffset now)
    {
        if (IsAnswered)
        {
            throw new InvalidOperationException("A survey is answered once.");
        }

        if (answers.Satisfaction is < 1 or > 5 || answers.IStatements.Count != Feedback.IStatements.All.Count || answers.Comment?.Length > MaxCommentLength)
        {
            throw new DomainValidationException(nameof(Satisfaction), "Survey answers are a satisfaction from 1 to 5, one answer per I statement and a comment of 1,200 characters or fewer");
        }

        Satisfaction = answers.Satisfaction;
        AgreesRightPersonFirstTime = answers.IStatements[0];
        AgreesInformationHelped = answers.IStatements[1];
        AgreesAdviceHelpsWellbeing = answers.IStatements[2];
        AgreesContactSuitsMe = answers.IStatements[3];
        Comment = answers.Comment;
        AnsweredAt = now;
    }
}

/// <summary>A person's answers to the survey.</summary>
/// <param name="IStatements">Agreement with each of <see cref="IStatements.All"/>, in order; null for a statement left unanswered.</param>
public sealed record SurveyAnswers(int Satisfaction, IReadOnlyList<bool?> IStatements, string? Comment);

/// <summary>
/// The four "I statements" the council's Adult Social Care stakeholders agreed in March 2024 as the front door's
/// strategic outcomes (the seed's paragraph 19); the survey asks whether the person agrees with each.
/// </summary>
public static class IStatements
{
    public static IReadOnlyList<string> All { get; } =
    [
        "I can get through to the right person first time, someone that can help me get an appropriate resolution to my query.",
        "I receive information and advice that helps me get the support I need.",
        "The advice I receive enables me to manage my wellbeing, preventing or delaying my need for support from adult social care.",
        "I can contact Adult Social Care at a time and in a way that best suits my circumstances.",
    ];
}
