using System.Diagnostics;
using FrontDoor.Matching.Linking;

namespace FrontDoor.Matching.Io;

/// <summary>What a link or dedupe run did, for the one-line summary.</summary>
public sealed record LinkSummary(long RecordsRead, long CandidatePairsCompared, int PairsWritten, double Seconds, string ModelSource);

/// <summary>
/// The use cases behind <c>frontdoor link</c> and <c>frontdoor dedupe</c>: read CSV, run, write pairs.
/// Input is read and validated in full before anything is written, so a <see cref="CsvFormatException"/>
/// leaves the output untouched (callers still write to a temporary file and move it into place).
/// </summary>
public static class LinkCommandRunner
{
    /// <summary>Writes <c>left_id,right_id,probability</c> for left–right pairs at or above the threshold (default: the link band).</summary>
    public static LinkSummary Link(TextReader left, TextReader right, TextWriter output, CsvLayout layout = CsvLayout.FrontDoor,
        double? threshold = null, MatchOptions? options = null, IProgress<LinkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var leftRecords = PersonCsv.Read(left, layout);
        var rightRecords = PersonCsv.Read(right, layout);
        var result = Linker.Link(leftRecords, rightRecords, threshold, model: null, options, progress, cancellationToken);
        var written = PairCsv.Write(output, result.Pairs, "left_id", "right_id");
        return new LinkSummary(result.RecordsRead, result.CandidatePairs, written, clock.Elapsed.TotalSeconds, result.Model.Source);
    }

    /// <summary>Writes <c>id1,id2,probability</c> for pairs within the file at or above the threshold (default: the link band).</summary>
    public static LinkSummary Dedupe(TextReader input, TextWriter output, CsvLayout layout = CsvLayout.FrontDoor,
        double? threshold = null, MatchOptions? options = null, IProgress<LinkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var records = PersonCsv.Read(input, layout);
        var result = Deduplicator.Dedupe(records, threshold, model: null, options, progress, cancellationToken);
        var written = PairCsv.Write(output, result.Pairs, "id1", "id2");
        return new LinkSummary(result.RecordsRead, result.CandidatePairs, written, clock.Elapsed.TotalSeconds, result.Model.Source);
    }
}
