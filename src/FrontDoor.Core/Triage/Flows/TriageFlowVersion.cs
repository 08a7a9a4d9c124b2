namespace FrontDoor.Core.Triage.Flows;

/// <summary>
/// A version of a triage flow a team manager uploaded from the staff pages, kept as the file's text so every version
/// ever in force can be read again: a contact records the flow and version it was triaged with. Never changed once stored.
/// </summary>
public sealed class TriageFlowVersion
{
    public const int MaxFlowIdLength = 60;

    public const int MaxFileNameLength = 200;

    public const int MaxUploadedByLength = 200;

    public TriageFlowVersion(Guid id, string flowId, int version, string fileName, string text, DateTimeOffset uploadedAt, string uploadedBy, int? putBackFrom = null)
    {
        Id = id;
        FlowId = flowId;
        Version = version;
        FileName = fileName;
        Text = text;
        UploadedAt = uploadedAt;
        UploadedBy = uploadedBy;
        PutBackFrom = putBackFrom;
    }

    private TriageFlowVersion()
    {
        FlowId = null!;
        FileName = null!;
        Text = null!;
        UploadedBy = null!;
    }

    public Guid Id { get; private set; }

    public string FlowId { get; private set; }

    /// <summary>Unique per flow. For an upload, the version the file says; for a version put back, the next number.</summary>
    public int Version { get; private set; }

    /// <summary>The name of the file uploaded, as problems with it were reported.</summary>
    public string FileName { get; private set; }

    /// <summary>The file as uploaded (YAML or JSON).</summary>
    public string Text { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>The manager's name as it was when they uploaded it.</summary>
    public string UploadedBy { get; private set; }

    /// <summary>When a manager put an earlier version back in force: that version, whose text this one repeats.</summary>
    public int? PutBackFrom { get; private set; }
}
