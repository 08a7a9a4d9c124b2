using System.ComponentModel.DataAnnotations;

namespace FrontDoor.Core.CaseSystem;

/// <summary>
/// The <c>CaseSystem:DropFolder</c> configuration section: a folder the case system's nightly exports are copied
/// into, which FrontDoor imports from and files into <c>done/</c> or <c>failed/</c>. No <see cref="Path"/>, no watching.
/// </summary>
public sealed class CaseSystemDropFolderOptions : IValidatableObject
{
    public const string SectionName = "CaseSystem:DropFolder";

    /// <summary>The watched folder; only <c>*.csv</c> files directly in it are read.</summary>
    public string Path { get; set; } = string.Empty;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A file written to within this long is taken to be still arriving and is left for the next poll.</summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a node's hold on the folder lasts unless renewed; it renews while importing.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Path);

    public string FullPath => System.IO.Path.GetFullPath(Path.Trim());

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PollInterval < TimeSpan.FromSeconds(5) || PollInterval > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("CaseSystem:DropFolder:PollInterval must be between 00:00:05 and 01:00:00.", [nameof(PollInterval)]);
        }

        if (SettleTime < TimeSpan.Zero || SettleTime > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("CaseSystem:DropFolder:SettleTime must be between 00:00:00 and 01:00:00.", [nameof(SettleTime)]);
        }

        if (LeaseDuration < TimeSpan.FromSeconds(30) || LeaseDuration > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("CaseSystem:DropFolder:LeaseDuration must be between 00:00:30 and 01:00:00.", [nameof(LeaseDuration)]);
        }

        if (IsConfigured && FolderProblem() is { } problem)
        {
            yield return new ValidationResult(problem, [nameof(Path)]);
        }
    }

    // Found at start, not at two in the morning: the folder, and done/ and failed/ in it, must exist or be ones FrontDoor can make.
    private string? FolderProblem()
    {
        try
        {
            Directory.CreateDirectory(System.IO.Path.Combine(FullPath, Jobs.CaseSystemDropFolder.DoneFolder));
            Directory.CreateDirectory(System.IO.Path.Combine(FullPath, Jobs.CaseSystemDropFolder.FailedFolder));
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"CaseSystem:DropFolder:Path '{Path}' does not exist and FrontDoor cannot create it ({ex.GetType().Name}): create the folder, or give FrontDoor's account access to it.";
        }
    }
}
