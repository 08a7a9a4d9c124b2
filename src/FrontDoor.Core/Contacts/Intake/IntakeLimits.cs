namespace FrontDoor.Core.Contacts.Intake;

/// <summary>
/// How much one submission may carry. Big enough for a referral with scanned letters and photos; small enough
/// that one message cannot fill the database or the advisor's screen.
/// </summary>
public static class IntakeLimits
{
    public const int MaxAttachmentBytes = 10 * 1024 * 1024;
    public const int MaxAttachments = 10;
    public const int MaxRawBytes = 25 * 1024 * 1024;
    public const int MaxAnswers = 200;
    public const int MaxQuestionLength = 500;
    public const int MaxAnswerLength = 4000;
    public const int MaxFileNameLength = 255;

    /// <summary>Refuses the submission with a <see cref="DomainValidationException"/> naming the field to fix.</summary>
    public static void Check(IntakeSubmission submission)
    {
        if (submission.Story is { Length: > Contact.MaxStoryLength })
        {
            throw new DomainValidationException(nameof(submission.Story), $"What the contact is about must be {Contact.MaxStoryLength:N0} characters or fewer");
        }

        if (submission.RawPayload.Length > MaxRawBytes)
        {
            throw new DomainValidationException(nameof(submission.RawPayload), $"The submission must be {Megabytes(MaxRawBytes)} or smaller; it is {Megabytes(submission.RawPayload.Length)}");
        }

        if (submission.Attachments.Count > MaxAttachments)
        {
            throw new DomainValidationException(nameof(submission.Attachments), $"Attach {MaxAttachments} files or fewer; there are {submission.Attachments.Count}");
        }

        foreach (var attachment in submission.Attachments)
        {
            if (attachment.Content.Length > MaxAttachmentBytes)
            {
                throw new DomainValidationException(nameof(submission.Attachments), $"The file {Shorten(attachment.FileName)} must be {Megabytes(MaxAttachmentBytes)} or smaller; it is {Megabytes(attachment.Content.Length)}");
            }

            if (string.IsNullOrWhiteSpace(attachment.FileName))
            {
                throw new DomainValidationException(nameof(submission.Attachments), "Each attached file needs a name");
            }
        }

        if (submission.Answers.Count > MaxAnswers)
        {
            throw new DomainValidationException(nameof(submission.Answers), $"A submission can hold {MaxAnswers} answers or fewer");
        }

        foreach (var answer in submission.Answers)
        {
            if (answer.Question.Length > MaxQuestionLength || answer.Answer.Length > MaxAnswerLength)
            {
                throw new DomainValidationException(nameof(submission.Answers), $"Each answer must be {MaxAnswerLength:N0} characters or fewer");
            }
        }

        if (submission.ImmediateRisk.Details is { Length: > ImmediateRisk.MaxDetailsLength })
        {
            throw new DomainValidationException(nameof(submission.ImmediateRisk), $"Details of the immediate risk must be {ImmediateRisk.MaxDetailsLength:N0} characters or fewer");
        }
    }

    public static string Megabytes(long bytes) => $"{bytes / 1024d / 1024d:0.#} MB";

    private static string Shorten(string fileName) => fileName.Length <= 60 ? fileName : string.Concat(fileName.AsSpan(0, 57), "...");
}
