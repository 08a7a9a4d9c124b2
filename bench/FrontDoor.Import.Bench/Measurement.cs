using System.Diagnostics;
using System.Globalization;

namespace FrontDoor.Import.Bench;

/// <summary>What one phase cost: wall and CPU time, the process's peak resident set and managed heap.</summary>
internal sealed record Measured(string Phase, TimeSpan Wall, TimeSpan Cpu, TimeSpan? ServerCpu, long PeakWorkingSet, long PeakManagedHeap, long Allocated)
{
    public static string TableHeader => $"{"phase",-34} {"wall s",8} {"cpu s",8} {"db cpu s",9} {"peak WS MB",11} {"peak heap MB",13} {"alloc MB",9}";

    public string TableRow => string.Create(CultureInfo.InvariantCulture,
        $"{Phase,-34} {Wall.TotalSeconds,8:F1} {Cpu.TotalSeconds,8:F1} {(ServerCpu is { } s ? s.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) : "-"),9} {PeakWorkingSet / 1048576.0,11:F0} {PeakManagedHeap / 1048576.0,13:F0} {Allocated / 1048576.0,9:F0}");
}

/// <summary>
/// Times a phase. The peak working set is Linux's high-water mark (VmHWM), reset at the start of each phase by
/// writing 5 to /proc/self/clear_refs, so each phase reports its own peak; elsewhere it is the process's peak so
/// far. The managed heap's peak is sampled every 20 ms (what the GC holds, live or not yet collected).
/// </summary>
internal sealed class Measurement : IDisposable
{
    private readonly string _phase;
    private readonly Func<Task<Dictionary<int, long>?>>? _serverCpu;
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart;
    private readonly long _allocatedAtStart;
    private readonly Timer _sampler;
    private readonly bool _highWaterReset;
    private long _peakHeap;

    private Measurement(string phase, Func<Task<Dictionary<int, long>?>>? serverCpu)
    {
        _phase = phase;
        _serverCpu = serverCpu;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        _highWaterReset = TryResetHighWater();
        _allocatedAtStart = GC.GetTotalAllocatedBytes();
        _peakHeap = GC.GetTotalMemory(false);
        _sampler = new Timer(_ => Sample(), null, 0, 20);
        _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        _wall.Restart();
    }

    /// <param name="serverCpu">The database server processes' CPU ticks so far by pid, where it runs on this machine (PostgreSQL).</param>
    public static async Task<(Measurement Measurement, Dictionary<int, long>? ServerCpuAtStart)> StartAsync(string phase, Func<Task<Dictionary<int, long>?>>? serverCpu = null)
    {
        var atStart = serverCpu is null ? null : await serverCpu();
        Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {phase} …");
        return (new Measurement(phase, serverCpu), atStart);
    }

    public async Task<Measured> StopAsync(Dictionary<int, long>? serverCpuAtStart)
    {
        var wall = _wall.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;
        Sample();
        _sampler.Dispose();
        // A server process that started during the phase (a new connection's backend) counts whole.
        var serverCpu = _serverCpu is not null && serverCpuAtStart is { } start && await _serverCpu() is { } end
            ? TimeSpan.FromMilliseconds(10 * end.Sum(p => p.Value - start.GetValueOrDefault(p.Key)))
            : (TimeSpan?)null;
        var peak = _highWaterReset ? ReadHighWater() : Process.GetCurrentProcess().PeakWorkingSet64;
        var measured = new Measured(_phase, wall, cpu, serverCpu, peak, Interlocked.Read(ref _peakHeap), GC.GetTotalAllocatedBytes() - _allocatedAtStart);
        Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {_phase}: {wall.TotalSeconds:F1} s wall, {cpu.TotalSeconds:F1} s CPU");
        return measured;
    }

    public void Dispose() => _sampler.Dispose();

    private void Sample()
    {
        var heap = GC.GetTotalMemory(false);
        long seen;
        while (heap > (seen = Interlocked.Read(ref _peakHeap)) && Interlocked.CompareExchange(ref _peakHeap, heap, seen) != seen)
        {
        }
    }

    private static bool TryResetHighWater()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return ReadHighWater() > 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long ReadHighWater()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    /// <summary>User plus system CPU ticks (1/100 s, Linux's USER_HZ) of each of the given processes so far, from /proc.</summary>
    public static Dictionary<int, long> CpuTicksOf(IEnumerable<int> pids)
    {
        var ticks = new Dictionary<int, long>();
        foreach (var pid in pids)
        {
            try
            {
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                // Fields after the command name (which may hold spaces) start at ") ": utime is field 14, stime 15.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks[pid] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The process ended between listing and reading: its time is lost either way.
            }
        }

        return ticks;
    }
}
