namespace FrontDoor.Core.Contacts.Timeline;

public enum TimelineEntryKind
{
    Received,
    Matched,
    Note,
    CallBack,
    Document,
    StatusChanged,
    NeedsAttention,
    SenderConfirmed,
}

/// <summary>
/// One thing that happened to a contact, oldest first: how staff add to the story instead of retyping it.
/// </summary>
public sealed class ContactTimelineEntry
{
    public const int MaxTextLength = 4000;
    public const int MaxActorLength = 200;

    public ContactTimelineEntry(Guid id, Guid contactId, DateTimeOffset at, string actor, TimelineEntryKind kind, string text, Guid? attachmentId = null)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new DomainValidationException(nameof(Text), "Enter the text of the note");
        }

        if (trimmed.Length > MaxTextLength)
        {
            throw new DomainValidationException(nameof(Text), $"The note must be {MaxTextLength:N0} characters or fewer");
        }

        if (string.IsNullOrWhiteSpace(actor) || actor.Length > MaxActorLength)
        {
            throw new DomainValidationException(nameof(Actor), "Say who made the entry");
        }

        Id = id;
        ContactId = contactId;
        At = at;
        Actor = actor;
        Kind = kind;
        Text = trimmed;
        AttachmentId = attachmentId;
    }

    private ContactTimelineEntry()
    {
        Actor = null!;
        Text = null!;
    }

    public Guid Id { get; private set; }

    public Guid ContactId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Actor { get; private set; }

    public TimelineEntryKind Kind { get; private set; }

    /// <summary>Always shown as text.</summary>
    public string Text { get; private set; }

    /// <summary>The document a <see cref="TimelineEntryKind.Document"/> entry added.</summary>
    public Guid? AttachmentId { get; private set; }
}
