using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace FrontDoor.Core.CaseSystem;

/// <summary>
/// Reads a case-system export: UTF-8 with or without a byte-order mark, any column order, headers in any case
/// ("Family Name" is family_name), quoted fields, CRLF or LF. A file that is not text, is empty or lacks a
/// required column is refused whole before anything is written (<see cref="CaseSystemFileRefusedException"/>).
/// </summary>
public sealed class CaseSystemCsv : IDisposable
{
    private readonly Stream _stream;
    private readonly CsvReader _csv;
    private readonly Dictionary<string, int> _columns;

    private CaseSystemCsv(Stream stream, CsvReader csv, Dictionary<string, int> columns)
    {
        _stream = stream;
        _csv = csv;
        _columns = columns;
    }

    /// <summary>The line the current row starts on (the header is line 1).</summary>
    public int Line { get; private set; } = 1;

    public long BytesRead => _stream.Position;

    public long Length => _stream.Length;

    public IReadOnlyCollection<string> Columns => _columns.Keys;

    /// <summary>Opens the export and checks it is text with the columns its kind needs.</summary>
    /// <param name="required">Columns every row needs.</param>
    /// <param name="aliases">Other names for columns ("las_id" for "person_id"); columns nobody reads are ignored.</param>
    public static async Task<CaseSystemCsv> OpenAsync(Stream stream, string kindName, IReadOnlyCollection<string> required, IReadOnlyDictionary<string, string> aliases, CancellationToken cancellationToken)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The export must be a seekable stream (a file).", nameof(stream));
        }

        await EnsureUtf8TextAsync(stream, cancellationToken);
        stream.Position = 0;
        var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            DetectColumnCountChanges = false,
            BadDataFound = null,
            MissingFieldFound = null,
            IgnoreBlankLines = true,
        });
        try
        {
            if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header || header.All(string.IsNullOrWhiteSpace))
            {
                throw new CaseSystemFileRefusedException($"the file is empty: {Article(kindName)} {kindName} export starts with a header row naming its columns ({string.Join(',', required)})");
            }

            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                var name = ColumnName(header[i]);
                name = aliases.GetValueOrDefault(name, name);
                if (name.Length > 0 && !columns.TryAdd(name, i))
                {
                    throw new CaseSystemFileRefusedException($"line 1: the column {name} appears twice");
                }
            }

            var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                // The commonest mistake is the right file under the wrong verb or name: say which export it looks like.
                var looksLike = CaseSystemFileKinds.InImportOrder
                    .FirstOrDefault(k => k.Name() != kindName && CaseSystemExportFormats.RequiredColumns(k).All(columns.ContainsKey), (CaseSystemFileKind)(-1));
                var hint = Enum.IsDefined(looksLike) ? $"; it looks like {Article(looksLike.Name())} {looksLike.Name()} export" : string.Empty;
                throw new CaseSystemFileRefusedException(
                    $"this is not {Article(kindName)} {kindName} export: it has no {string.Join(", ", missing)} column{(missing.Count == 1 ? string.Empty : "s")} ({Article(kindName)} {kindName} export needs {string.Join(',', required)}){hint}");
            }

            return new CaseSystemCsv(stream, csv, columns);
        }
        catch
        {
            csv.Dispose();
            throw;
        }
    }

    /// <summary>"Family Name", "FAMILY-NAME" and "family_name" all name one column.</summary>
    public static string ColumnName(string header) =>
        header.Trim().TrimStart('\uFEFF').ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    private static string Article(string noun) => "aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an" : "a";

    public async Task<bool> ReadAsync()
    {
        while (await _csv.ReadAsync())
        {
            Line = _csv.Parser.RawRow;
            if (_csv.Parser.Record is { } fields && fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The trimmed value of a column in the current row; null when it is empty or the file has no such column.</summary>
    public string? this[string column] =>
        _columns.TryGetValue(column, out var index) && _csv.TryGetField<string>(index, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public void Dispose() => _csv.Dispose();

    // Read through once before anything is written, so a bad byte near the end cannot stop an import half way.
    // A spreadsheet saved as .xlsx, a zip or a legacy-encoded export would otherwise import as rows of mojibake.
    private static async Task EnsureUtf8TextAsync(Stream stream, CancellationToken cancellationToken)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[bytes.Length + 4];
        int read;
        while ((read = await stream.ReadAsync(bytes, cancellationToken)) > 0)
        {
            if (bytes.AsSpan(0, read).Contains((byte)0))
            {
                throw new CaseSystemFileRefusedException("this is not a text file (it holds binary data): export the data as CSV text");
            }

            try
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }
            catch (DecoderFallbackException)
            {
                throw new CaseSystemFileRefusedException("this file is not UTF-8 text: export it from the case system as CSV UTF-8");
            }

        }
    }
}

/// <summary>The file as a whole is not an export of its kind; nothing was written.</summary>
public sealed class CaseSystemFileRefusedException : Exception
{
    public CaseSystemFileRefusedException()
    {
    }

    public CaseSystemFileRefusedException(string message)
        : base(message)
    {
    }

    public CaseSystemFileRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
