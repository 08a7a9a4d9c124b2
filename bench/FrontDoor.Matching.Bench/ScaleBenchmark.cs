using System.Diagnostics;
using System.Globalization;
using FrontDoor.Matching.Linking;

namespace FrontDoor.Matching.Bench;

/// <summary>Stopwatch harness: index build time and memory, single-thread match latency percentiles, dedupe wall time.</summary>
internal static class ScaleBenchmark
{
    public static void Latency(int people, int queries)
    {
        var generator = new SyntheticPeople();
        var records = generator.Generate(people);
        var queryRecords = Enumerable.Range(0, queries)
            .Select(i => i % 2 == 0 ? generator.Corrupt(records[(i * 7919) % records.Count], $"q{i}") : generator.Fresh($"q{i}"))
            .ToList();
        var clock = Stopwatch.StartNew();
        using var index = PersonIndex.Build(records);
        var buildSeconds = clock.Elapsed.TotalSeconds;
        var peakDuringBuild = Process.GetCurrentProcess().PeakWorkingSet64;
        records = null;
        var (managed, workingSet) = CompactAndMeasure();
        Console.WriteLine(Invariant($"index: {people:N0} people built in {buildSeconds:0.0} s (including EM: {index.Model.Source})"));
        Console.WriteLine(Invariant($"memory after build: managed heap {managed / 1048576.0:0} MiB, process working set {workingSet / 1048576.0:0} MiB after a full compacting GC (input records released; the 10k query set is still held); peak working set while building {peakDuringBuild / 1048576.0:0} MiB"));

        // Warm up, then time each query on this one thread.
        foreach (var q in queryRecords.Take(500))
        {
            index.Match(q);
        }

        var times = new double[queryRecords.Count];
        long compared = 0;
        var links = 0;
        for (var i = 0; i < queryRecords.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var result = index.Match(queryRecords[i]);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            compared += result.RecordsCompared;
            links += result.Band == MatchBand.Link ? 1 : 0;
        }

        Array.Sort(times);
        Console.WriteLine(Invariant($"match, one thread, {queries:N0} queries (half corrupted duplicates, half new people): p50 {Percentile(times, 0.50):0.000} ms, p95 {Percentile(times, 0.95):0.000} ms, p99 {Percentile(times, 0.99):0.000} ms, max {times[^1]:0.000} ms; mean records compared {compared / (double)queries:0}; {links} Link band"));
    }

    public static void Dedupe(int people)
    {
        var records = new SyntheticPeople().Generate(people);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = Deduplicator.Dedupe(records, progress: new StageTimer(clock));
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine(Invariant($"dedupe: {people:N0} people in {clock.Elapsed.TotalSeconds:0.0} s wall, {cpu:0.0} s CPU on {Environment.ProcessorCount} cores; {result.CandidatePairs:N0} pairs compared, {result.Pairs.Count:N0} pairs at the link threshold; peak working set {process.PeakWorkingSet64 / 1048576.0:0} MiB"));
        var duplicates = records.Count(r => r.Id.EndsWith("-dup", StringComparison.Ordinal));
        Console.WriteLine(Invariant($"  (generator planted {duplicates:N0} corrupted duplicates; pairs between two duplicates of one person count too)"));
    }

    /// <summary>
    /// Frees what building left behind (the input, the GC's spare regions) so the working set is the index
    /// itself plus the runtime: compacting, large objects included, and decommitting.
    /// </summary>
    private static (long Managed, long WorkingSet) CompactAndMeasure()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var managed = GC.GetTotalMemory(forceFullCollection: false);
        using var process = Process.GetCurrentProcess();
        return (managed, process.WorkingSet64);
    }

    /// <summary>Prints when each stage starts (progress is reported synchronously from the worker threads).</summary>
    private sealed class StageTimer(Stopwatch clock) : IProgress<LinkProgress>
    {
        private string _stage = "";

        public void Report(LinkProgress value)
        {
            lock (clock)
            {
                if (value.Stage != _stage)
                {
                    _stage = value.Stage;
                    Console.WriteLine(Invariant($"  {clock.Elapsed.TotalSeconds,6:0.0} s: {value.Stage}"));
                }
            }
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
