using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FrontDoor.Core.Contacts;
using FrontDoor.Core.Contacts.Intake;

namespace FrontDoor.Core.Messages.Webhooks;

/// <summary>
/// An event's body as a receiver gets it (documented in <c>docs/webhooks.md</c>): everything a receiver needs to act
/// on the contact without retyping it, as it stood when the change that caused the event was committed.
/// </summary>
/// <param name="Id">The event's id, also the <c>FrontDoor-Event-Id</c> header: the same on every retry, for the receiver to drop repeats.</param>
public sealed record WebhookEvent(Guid Id, string Type, DateTimeOffset OccurredAt, WebhookContact Contact, WebhookPerson? Person)
{
    /// <summary>Added to a story cut to keep the event within <see cref="OutboxMessage.MaxBodyLength"/>.</summary>
    public const string CutMarker = " [… cut short: the whole story is on the contact's page in FrontDoor]";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Receivers read JSON, not HTML: letters outside ASCII stay letters rather than six-character escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// The event as JSON of at most <paramref name="maxLength"/> characters: a story too long for it is cut with
    /// <see cref="CutMarker"/> (and <c>storyCut</c> set) rather than the event failing; then, if still too long,
    /// the last answers are left out (<c>answersCut</c>).
    /// </summary>
    public string ToJson(int maxLength = OutboxMessage.MaxBodyLength)
    {
        var body = this;
        var json = JsonSerializer.Serialize(body, Json);
        string? storyKept = null;
        while (json.Length > maxLength)
        {
            var contact = body.Contact;
            var excess = json.Length - maxLength;
            var story = storyKept ?? contact.Story;
            if (story.Length > 0)
            {
                // At least the excess goes each time: escapes (quotes, new lines) make some characters longer in JSON.
                storyKept = story[..Math.Max(0, story.Length - excess - (storyKept is null ? CutMarker.Length : 0))];
                contact = contact with { Story = storyKept + CutMarker, StoryCut = true };
            }
            else if (contact.Answers.Count > 0)
            {
                contact = contact with { Answers = [.. contact.Answers.Take(contact.Answers.Count / 2)], AnswersCut = true };
            }
            else
            {
                throw new InvalidOperationException($"A {Type} event for contact {contact.Id} does not fit in {maxLength} characters even without its story and answers.");
            }

            body = body with { Contact = contact };
            json = JsonSerializer.Serialize(body, Json);
        }

        return json;
    }

    public static WebhookEvent Of(Guid id, string type, DateTimeOffset occurredAt, Contact contact, IEnumerable<ContactAnswer> answers, IEnumerable<WebhookAttachment> attachments, WebhookPerson? person, Uri staffSite) =>
        new(id, type, occurredAt, new WebhookContact(
            contact.Id,
            contact.Reference.Value,
            new Uri(staffSite, $"staff/contacts/{contact.Id:D}").ToString(),
            contact.Channel,
            contact.Source,
            contact.ReceivedAt,
            contact.Status,
            contact.Outcome,
            contact.ReportedInImmediateDanger,
            contact.Story,
            [.. answers.OrderBy(a => a.Position).Select(a => new WebhookAnswer(a.Key, a.Question, a.Answer))],
            [.. attachments],
            contact.Caller,
            WebhookReportedPerson.Of(contact.ReportedPerson)), person);

    /// <summary>Where staff download an attachment: the contact page's attachment handler, behind staff sign-in.</summary>
    public static Uri AttachmentLink(Uri staffSite, Guid contactId, Guid attachmentId) =>
        new(staffSite, $"staff/contacts/{contactId:D}?handler=Attachment&attachmentId={attachmentId:D}");
}

/// <param name="Link">The contact's page in FrontDoor (staff sign-in needed).</param>
/// <param name="Status">The contact's status when the event was written.</param>
/// <param name="Outcome">How it ended, once closed (or redirected to an allocated worker).</param>
public sealed record WebhookContact(
    Guid Id,
    string Reference,
    string Link,
    ContactChannel Channel,
    ContactSource Source,
    DateTimeOffset ReceivedAt,
    ContactStatus Status,
    ContactOutcome? Outcome,
    bool ReportedInImmediateDanger,
    string Story,
    IReadOnlyList<WebhookAnswer> Answers,
    IReadOnlyList<WebhookAttachment> Attachments,
    Caller? Caller,
    WebhookReportedPerson? ReportedPerson)
{
    public bool StoryCut { get; init; }

    public bool AnswersCut { get; init; }
}

public sealed record WebhookAnswer(string Key, string Question, string Answer);

/// <param name="Link">Where staff download it from FrontDoor (staff sign-in needed); the file itself is not in the event.</param>
public sealed record WebhookAttachment(string Name, string ContentType, long Size, string Link);

/// <summary>The person record the contact is matched to: the identifiers a case system files it under.</summary>
/// <param name="CaseSystemId">The case system's own id for the person (LAS ID), when known.</param>
public sealed record WebhookPerson(Guid Id, string? CaseSystemId, string? NhsNumber);

/// <summary>The person as the sender described them (not checked against any record).</summary>
public sealed record WebhookReportedPerson(
    string? GivenName, string? FamilyName, string? KnownAs, string? FormerFamilyName, string? DateOfBirth, string? NhsNumber, string? CaseSystemId,
    string? AddressLine1, string? AddressLine2, string? Town, string? Postcode, string? Phone, string? Email)
{
    public static WebhookReportedPerson? Of(ReportedPerson person) => person.IsEmpty ? null : new(
        person.GivenName, person.FamilyName, person.KnownAs, person.FormerFamilyName,
        person.DateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? person.DateOfBirthAsGiven,
        person.NhsNumberAsGiven, person.LasId, person.AddressLine1, person.AddressLine2, person.Town, person.Postcode, person.Phone, person.Email);
}
