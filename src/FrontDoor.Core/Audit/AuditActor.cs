namespace FrontDoor.Core.Audit;

/// <summary>
/// Who acted, as the audit trail records them: a stable id that survives a change of name (the identity provider's
/// subject, a partner key's name, "cli:user", a background service), the name people know them by at the time,
/// and the role they acted in. System actors have only an id.
/// </summary>
public sealed record AuditActor(string Id, string? Name = null, string? Role = null)
{
    /// <summary>System processes and partners name themselves with one string; people come with a name and role.</summary>
    public static implicit operator AuditActor(string id) => FromId(id);

    public static AuditActor FromId(string id) => new(id);
}
