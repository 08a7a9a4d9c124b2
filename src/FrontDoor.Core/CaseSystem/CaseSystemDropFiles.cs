using System.Globalization;
using System.Text;

namespace FrontDoor.Core.CaseSystem;

/// <summary>What a dropped file's name says it is: its kind, and whether it is the whole list.</summary>
/// <param name="Kind">Null when the name starts with no kind.</param>
public sealed record CaseSystemDropFile(string Path, string Name, CaseSystemFileKind? Kind, bool Full)
{
    /// <summary>
    /// The naming convention: the name starts with the kind (<c>teams</c>, <c>workers</c>, <c>people</c>,
    /// <c>allocations</c>, <c>merges</c>, any case) and ends <c>.csv</c>; <c>full</c> as a word anywhere in it
    /// (<c>people-full-2026-12-06.csv</c>, <c>allocations_FULL.csv</c>) means the file is the whole list.
    /// </summary>
    public static CaseSystemDropFile Read(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        var stem = System.IO.Path.GetFileNameWithoutExtension(name);
        CaseSystemFileKind? kind = null;
        foreach (var candidate in CaseSystemFileKinds.InImportOrder)
        {
            if (stem.StartsWith(candidate.Name(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                break;
            }
        }

        var words = new string([.. stem.Select(static c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var full = words.Contains("full", StringComparer.Ordinal);
        return new CaseSystemDropFile(path, name, kind, full);
    }

    /// <summary>Teams, workers, people, allocations, merges (a worker names a team, and so on); by name within a kind.</summary>
    public static IReadOnlyList<CaseSystemDropFile> InImportOrder(IEnumerable<CaseSystemDropFile> files) =>
        [.. files.OrderBy(f => f.Kind is { } kind ? (int)kind : -1).ThenBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Name, StringComparer.Ordinal)];

    /// <summary>How to name a file, for the report on one whose name says nothing.</summary>
    public static string NamingAdvice()
    {
        var advice = new StringBuilder()
            .AppendLine("Name each export after what it holds, starting with teams, workers, people, allocations or merges and ending .csv,")
            .AppendLine("for example people-2026-12-06.csv. Put the word full in the name (people-full-2026-12-06.csv) when the file is the")
            .AppendLine("whole list, so that what it leaves out is ended or marked as no longer in the case system. Files are imported in the")
            .AppendLine("order teams, workers, people, allocations, merges. Columns:");
        foreach (var kind in CaseSystemFileKinds.InImportOrder)
        {
            advice.AppendLine(CultureInfo.InvariantCulture, $"  {kind.Name()}: {CaseSystemExportFormats.Describe(kind)}");
        }

        return advice.ToString();
    }
}

/// <summary>The text file left beside a dropped file once it is filed in <c>done/</c> or <c>failed/</c>.</summary>
public static class CaseSystemDropReport
{
    public const string Suffix = ".report.txt";

    /// <summary>For a file that was imported (or refused whole): the run's summary, status, refusals by line, id and times.</summary>
    public static string Of(CaseSystemDropFile file, CaseSystemImportRun run, IReadOnlyList<CaseSystemImportRefusal> refusals, string node)
    {
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{file.Name}: {run.Summary}.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Status: {run.Status}{(run.Message is { } message ? $": {message}" : string.Empty)}")
            .AppendLine(CultureInfo.InvariantCulture, $"Imported as: {run.Kind.Name()}, {(run.Full ? "the whole list (full)" : "changes only")}")
            .AppendLine(CultureInfo.InvariantCulture, $"Run: {run.Id:D} (FrontDoor's imports page, /staff/imports/{run.Id:D})")
            .AppendLine(CultureInfo.InvariantCulture, $"Started: {run.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC")
            .AppendLine(CultureInfo.InvariantCulture, $"Finished: {(run.FinishedAt is { } finished ? finished.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "not finished")}")
            .AppendLine(CultureInfo.InvariantCulture, $"By: {run.ImportedBy} on {node}");
        if (run.Status == CaseSystemImportStatus.Refused)
        {
            report.AppendLine().AppendLine("Nothing in the file was imported. Columns of this kind: " + CaseSystemExportFormats.Describe(run.Kind));
        }

        if (run.Refused > 0)
        {
            report.AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"Rows refused: {run.Refused:N0}{(refusals.Count < run.Refused ? $" (the first {refusals.Count:N0} listed)" : string.Empty)}; the other rows were imported.");
            foreach (var refusal in refusals)
            {
                report.AppendLine(refusal.ToString());
            }
        }

        return report.ToString();
    }

    /// <summary>For a file whose name says no kind: nothing was imported, and how to name it.</summary>
    public static string NotAKind(CaseSystemDropFile file, DateTimeOffset at, string node) => new StringBuilder()
        .AppendLine(CultureInfo.InvariantCulture, $"{file.Name}: not imported: its name does not say what kind of export it is.")
        .AppendLine()
        .AppendLine("Status: Refused")
        .AppendLine(CultureInfo.InvariantCulture, $"Checked: {at.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC on {node}")
        .AppendLine()
        .Append(CaseSystemDropFile.NamingAdvice())
        .ToString();
}
