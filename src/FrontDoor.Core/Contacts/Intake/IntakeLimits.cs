using FrontDoor.Core.People;

namespace FrontDoor.Core.Contacts.Intake;

/// <summary>A value in a submission that intake cannot keep, with the field to fix and a GOV.UK-style message.</summary>
public sealed record IntakeProblem(string Field, string Message);

/// <summary>
/// How much one submission may carry, and the one place every channel's limits come from: the pages and the
/// partner API check these on the question that asks, and intake checks them again before anything is saved,
/// so a value longer than its column is refused with a message rather than failing in the database. Big enough
/// for a referral with scanned letters and photos; small enough that one message cannot fill the database or
/// the advisor's screen.
/// </summary>
public static class IntakeLimits
{
    public const int MaxAttachmentBytes = 10 * 1024 * 1024;
    public const int MaxAttachments = 10;
    public const int MaxRawBytes = 25 * 1024 * 1024;
    public const int MaxAnswers = 200;
    public const int MaxAnswerKeyLength = 100;
    public const int MaxQuestionLength = 500;
    public const int MaxAnswerLength = 4000;
    public const int MaxFileNameLength = 255;

    /// <summary>What the contact is about, in the sender's words.</summary>
    public const int MaxStoryLength = Contact.MaxStoryLength;

    /// <summary>Each field of the person as reported: names, address lines, phone, email, NHS number as typed.</summary>
    public const int MaxPersonFieldLength = 200;

    public const int MaxRiskDetailsLength = 2000;

    public const int MaxCallerNameLength = 200;
    public const int MaxCallerRelationshipLength = 100;
    public const int MaxCallerOrganisationLength = 200;

    /// <summary>A phone number as typed, for the caller and the person alike: room for an extension, no more.</summary>
    public const int MaxPhoneLength = 40;

    /// <summary>The longest email address the standards allow (RFC 5321), for the person asking or referring.</summary>
    public const int MaxCallerEmailLength = Person.MaxEmailLength;

    public const int MaxInterpreterLanguageLength = 60;

    /// <summary>Refuses the submission with a <see cref="DomainValidationException"/> naming the first field to fix.</summary>
    public static void Check(IntakeSubmission submission)
    {
        if (Problems(submission) is [var first, ..])
        {
            throw new DomainValidationException(first.Field, first.Message);
        }
    }

    /// <summary>Every value intake would refuse, in the order of the submission; empty when it can all be kept.</summary>
    public static IReadOnlyList<IntakeProblem> Problems(IntakeSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var problems = new List<IntakeProblem>();
        void Add(string field, string message) => problems.Add(new IntakeProblem(field, message));
        void Length(string field, string? value, int max, string what)
        {
            if (value is not null && value.Length > max)
            {
                Add(field, $"{what} must be {max:N0} characters or fewer");
            }
        }

        Length(nameof(submission.Story), submission.Story?.Trim(), MaxStoryLength, "What the contact is about");

        if (submission.Caller is { } caller)
        {
            Length("Caller.Name", caller.Name, MaxCallerNameLength, "The name of the person asking");
            Length("Caller.Relationship", caller.Relationship, MaxCallerRelationshipLength, "How they know the person");
            Length("Caller.Organisation", caller.Organisation, MaxCallerOrganisationLength, "Their organisation");
            Length("Caller.Phone", caller.Phone, MaxPhoneLength, "Their phone number");
            Length("Caller.Email", caller.Email, MaxCallerEmailLength, "Their email address");
        }

        var person = submission.ReportedPerson;
        foreach (var (field, value) in ReportedPersonFields(person))
        {
            Length($"ReportedPerson.{field}", value, MaxPersonFieldLength, "Each detail of the person");
        }

        Length("CommunicationNeeds.InterpreterLanguage", submission.CommunicationNeeds.InterpreterLanguage, MaxInterpreterLanguageLength, "The language for the interpreter");
        Length(nameof(submission.ImmediateRisk), submission.ImmediateRisk.Details, MaxRiskDetailsLength, "Details of the immediate risk");

        if (submission.RawPayload.Length > MaxRawBytes)
        {
            Add(nameof(submission.RawPayload), $"The submission must be {Megabytes(MaxRawBytes)} or smaller; it is {Megabytes(submission.RawPayload.Length)}");
        }

        if (submission.Attachments.Count > MaxAttachments)
        {
            Add(nameof(submission.Attachments), $"Attach {MaxAttachments} files or fewer; there are {submission.Attachments.Count}");
        }

        foreach (var attachment in submission.Attachments)
        {
            if (attachment.Content.Length > MaxAttachmentBytes)
            {
                Add(nameof(submission.Attachments), $"The file {Shorten(attachment.FileName)} must be {Megabytes(MaxAttachmentBytes)} or smaller; it is {Megabytes(attachment.Content.Length)}");
            }

            if (string.IsNullOrWhiteSpace(attachment.FileName))
            {
                Add(nameof(submission.Attachments), "Each attached file needs a name");
            }
        }

        if (submission.Answers.Count > MaxAnswers)
        {
            Add(nameof(submission.Answers), $"A submission can hold {MaxAnswers} answers or fewer");
        }

        foreach (var answer in submission.Answers)
        {
            if (answer.Key.Length > MaxAnswerKeyLength || answer.Question.Length > MaxQuestionLength || answer.Answer.Length > MaxAnswerLength)
            {
                Add(nameof(submission.Answers), $"Each answer must be {MaxAnswerLength:N0} characters or fewer");
                break;
            }
        }

        return problems;
    }

    public static string Megabytes(long bytes) => $"{bytes / 1024d / 1024d:0.#} MB";

    private static IEnumerable<(string Field, string? Value)> ReportedPersonFields(ReportedPerson person) =>
    [
        (nameof(person.GivenName), person.GivenName), (nameof(person.FamilyName), person.FamilyName), (nameof(person.KnownAs), person.KnownAs),
        (nameof(person.FormerFamilyName), person.FormerFamilyName), (nameof(person.DateOfBirthAsGiven), person.DateOfBirthAsGiven),
        (nameof(person.NhsNumberAsGiven), person.NhsNumberAsGiven), (nameof(person.LasId), person.LasId), (nameof(person.AddressLine1), person.AddressLine1),
        (nameof(person.AddressLine2), person.AddressLine2), (nameof(person.Town), person.Town), (nameof(person.Postcode), person.Postcode),
        (nameof(person.Phone), person.Phone), (nameof(person.Email), person.Email),
    ];

    private static string Shorten(string fileName) => fileName.Length <= 60 ? fileName : string.Concat(fileName.AsSpan(0, 57), "...");
}
