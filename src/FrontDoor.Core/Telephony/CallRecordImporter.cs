using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using FrontDoor.Core.Audit;
using FrontDoor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Core.Telephony;

/// <summary>
/// Imports the contact-centre telephony's call records from CSV. The header is fixed; a bad row is reported
/// with its line number and the rest are imported; a call already imported is skipped, so re-importing the
/// same file adds nothing twice. Each import is recorded (<see cref="CallImport"/>: file, when, who, counts), each call
/// it brought in names it, and the import is on the audit trail.
/// </summary>
public sealed class CallRecordImporter(FrontDoorDbContext db, TimeProvider clock, AuditLog audit)
{
    public static readonly IReadOnlyList<string> Header =
        ["call_id", "offered_at", "answered_at", "abandoned_at", "queue_seconds", "talk_seconds", "ivr_option", "agent"];

    private const int BatchSize = 1_000;

    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK",
    ];

    public async Task<CallImportResult> ImportAsync(TextReader reader, CallImportSource source, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            DetectColumnCountChanges = false,
            BadDataFound = null,
            MissingFieldFound = null,
        };
        using var csv = new CsvReader(reader, configuration);
        if (!await csv.ReadAsync())
        {
            throw new CallImportFormatException("The file is empty: it needs the header " + string.Join(',', Header));
        }

        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        if (!header.Select(h => h.Trim().ToLowerInvariant()).SequenceEqual(Header))
        {
            throw new CallImportFormatException($"Line 1: the header must be exactly {string.Join(',', Header)}");
        }

        // Recorded only once the header is right: a file refused whole leaves nothing behind.
        var import = new CallImport(Guid.CreateVersion7(clock.GetUtcNow()), source.FileName, source.ImportedBy.Id, source.ImportedBy.Name, clock.GetUtcNow());
        db.CallImports.Add(import);
        var errors = new List<CallImportError>();
        var seenInFile = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<(int Line, CallRecord Record)>(BatchSize);
        int read = 0, imported = 0, alreadyPresent = 0;
        while (await csv.ReadAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            read++;
            var line = csv.Parser.RawRow;
            if (TryParseRow(csv, import.Id, out var record, out var error))
            {
                if (seenInFile.Add(record.CallId))
                {
                    batch.Add((line, record));
                }
                else
                {
                    alreadyPresent++;
                }
            }
            else
            {
                errors.Add(new CallImportError(line, error));
            }

            if (batch.Count == BatchSize)
            {
                var (added, skipped) = await SaveAsync(batch, cancellationToken);
                imported += added;
                alreadyPresent += skipped;
                batch.Clear();
                progress?.Report(read);
            }
        }

        var (lastAdded, lastSkipped) = await SaveAsync(batch, cancellationToken);
        progress?.Report(read);
        var result = new CallImportResult(read, imported + lastAdded, alreadyPresent + lastSkipped, errors) { ImportId = import.Id };

        // Saving a batch clears the change tracker; the import is tracked again to record its counts.
        if (db.Entry(import).State == EntityState.Detached)
        {
            db.CallImports.Attach(import);
        }

        import.Record(result);
        audit.Record(source.ImportedBy, AuditAction.Created, nameof(CallRecord), AuditEvent.IdOf(import.Id), source.Origin, $"call records imported from a file: {result}");
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    private async Task<(int Added, int Skipped)> SaveAsync(List<(int Line, CallRecord Record)> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return (0, 0);
        }

        var ids = batch.Select(b => b.Record.CallId).ToList();
        var existing = (await db.CallRecords.Where(c => ids.Contains(c.CallId)).Select(c => c.CallId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var fresh = batch.Where(b => !existing.Contains(b.Record.CallId)).Select(b => b.Record).ToList();
        db.CallRecords.AddRange(fresh);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (fresh.Count, batch.Count - fresh.Count);
    }

    private bool TryParseRow(CsvReader csv, Guid importId, out CallRecord record, out string error)
    {
        record = null!;
        if (csv.Parser.Count != Header.Count)
        {
            error = $"expected {Header.Count} columns but found {csv.Parser.Count}";
            return false;
        }

        var callId = csv.GetField(0) ?? string.Empty;
        if (!TryTime(csv.GetField(1), required: true, "offered_at", out var offered, out error)
            || !TryTime(csv.GetField(2), required: false, "answered_at", out var answered, out error)
            || !TryTime(csv.GetField(3), required: false, "abandoned_at", out var abandoned, out error)
            || !TrySeconds(csv.GetField(4), "queue_seconds", out var queue, out error)
            || !TrySeconds(csv.GetField(5), "talk_seconds", out var talk, out error))
        {
            return false;
        }

        try
        {
            record = new CallRecord(Guid.CreateVersion7(clock.GetUtcNow()), callId, offered!.Value, answered, abandoned, queue, talk, csv.GetField(6), csv.GetField(7), clock.GetUtcNow(), importId);
            error = string.Empty;
            return true;
        }
        catch (DomainValidationException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    private static bool TryTime(string? text, bool required, string field, out DateTimeOffset? value, out string error)
    {
        value = null;
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                error = $"{field} is missing";
                return false;
            }

            return true;
        }

        // ISO 8601; a time without an offset is taken as UTC, as telephony exports usually are.
        if (DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            value = parsed.ToUniversalTime();
            return true;
        }

        error = $"{field} '{Shorten(text)}' is not an ISO 8601 date and time, like 2024-09-02T09:15:00Z";
        return false;
    }

    private static bool TrySeconds(string? text, string field, out int value, out string error)
    {
        error = string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        error = $"{field} '{Shorten(text ?? string.Empty)}' must be a whole number of seconds, 0 or more";
        return false;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

public sealed record CallImportError(int Line, string Message)
{
    public override string ToString() => $"Line {Line}: {Message}";
}

/// <summary>Where the calls come from: the file's name and who is importing it (from where, for the audit trail).</summary>
public sealed record CallImportSource(string FileName, AuditActor ImportedBy, string? Origin);

public sealed record CallImportResult(int RowsRead, int Imported, int AlreadyImported, IReadOnlyList<CallImportError> Errors)
{
    /// <summary>The <see cref="CallImport"/> recorded for this file.</summary>
    public Guid ImportId { get; init; }

    public override string ToString() =>
        $"{RowsRead:N0} rows read: {Imported:N0} calls imported, {AlreadyImported:N0} already imported, {Errors.Count:N0} rows with errors";
}

/// <summary>The file as a whole cannot be imported (no header, wrong header); nothing was written.</summary>
public sealed class CallImportFormatException : Exception
{
    public CallImportFormatException()
    {
    }

    public CallImportFormatException(string message)
        : base(message)
    {
    }

    public CallImportFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
