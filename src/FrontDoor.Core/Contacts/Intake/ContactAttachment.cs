using System.Security.Cryptography;

namespace FrontDoor.Core.Contacts.Intake;

/// <summary>A file kept with a contact: one that came with it, or a document staff added later.</summary>
public sealed class ContactAttachment
{
    public ContactAttachment(Guid id, Guid contactId, string fileName, string contentType, byte[] content, DateTimeOffset addedAt, string addedBy)
    {
        Id = id;
        ContactId = contactId;
        FileName = SafeFileName(fileName);
        ContentType = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType.Trim();
        Content = content;
        Size = content.LongLength;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        AddedAt = addedAt;
        AddedBy = addedBy;
    }

    private ContactAttachment()
    {
        FileName = null!;
        ContentType = null!;
        Content = null!;
        Sha256 = null!;
        AddedBy = null!;
    }

    public Guid Id { get; private set; }

    public Guid ContactId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Size { get; private set; }

    public byte[] Content { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the content: shows the file is unchanged since it arrived.</summary>
    public string Sha256 { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public string AddedBy { get; private set; }

    // Only the last path segment, without control characters: a name from an email is the sender's to choose.
    private static string SafeFileName(string fileName)
    {
        var name = (fileName ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0)
        {
            name = "attachment";
        }

        return name.Length <= IntakeLimits.MaxFileNameLength ? name : name[^IntakeLimits.MaxFileNameLength..];
    }
}
