using System.Collections.Concurrent;
using System.Diagnostics;

namespace CustomiseYou.Benchmarks;

/// <summary>One measured request: which item of the rotation it was, how long it took, and whether it succeeded.</summary>
internal readonly record struct Sample(int Index, double Milliseconds, bool Ok = true);

internal sealed class PhaseResult(string name, IReadOnlyList<Sample> samples, TimeSpan elapsed, int errors)
{
    /// <summary>CPU time the API process and this client process used during the phase.</summary>
    public (TimeSpan Api, TimeSpan Client) Cpu { get; set; }

    public string Name { get; } = name;

    public IReadOnlyList<Sample> Samples { get; } = samples;

    public TimeSpan Elapsed { get; } = elapsed;

    public int Errors { get; } = errors;
}

/// <summary>Aggregated figures of one scenario over every measured round.</summary>
internal sealed class Stats
{
    private readonly double[] _sorted;

    public Stats(string name, IReadOnlyCollection<PhaseResult> phases)
    {
        Name = name;
        _sorted = [.. phases.SelectMany(p => p.Samples).Select(s => s.Milliseconds).Order()];
        Elapsed = TimeSpan.FromTicks(phases.Sum(p => p.Elapsed.Ticks));
        Errors = phases.Sum(p => p.Errors);
        ApiCpu = TimeSpan.FromTicks(phases.Sum(p => p.Cpu.Api.Ticks));
        ClientCpu = TimeSpan.FromTicks(phases.Sum(p => p.Cpu.Client.Ticks));
    }

    public TimeSpan ApiCpu { get; }

    public TimeSpan ClientCpu { get; }

    public string Name { get; }

    /// <summary>Requests measured, failed ones included (their latency counts in the percentiles).</summary>
    public int Count => _sorted.Length;

    public int Errors { get; }

    public TimeSpan Elapsed { get; }

    /// <summary>Successful requests per second.</summary>
    public double Throughput => (Count - Errors) / Elapsed.TotalSeconds;

    public double Mean => _sorted.Length == 0 ? double.NaN : _sorted.Average();

    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];

    /// <summary>Nearest-rank percentile of the sorted latencies.</summary>
    public double Percentile(double p) => Percentile(_sorted, p);

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

/// <summary>
/// A closed-loop load generator: <c>concurrency</c> workers each take the next request index and await it, until
/// <c>requests</c> have been issued or the phase deadline passes (in-flight requests still finish, with their own timeouts).
/// </summary>
internal static class LoadRunner
{
    public static async Task<PhaseResult> RunAsync(
        string name, int concurrency, int requests, int firstIndex, TimeSpan deadline, Func<int, Task<bool>> operation, int? apiPid = null)
    {
        var (apiCpuBefore, clientCpuBefore) = CpuNow(apiPid);
        var next = firstIndex - 1;
        var last = firstIndex + requests - 1;
        var errors = 0;
        var samples = new ConcurrentBag<List<Sample>>();
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var mine = new List<Sample>(requests / concurrency + 1);
            samples.Add(mine);
            while (watch.Elapsed < deadline)
            {
                var index = Interlocked.Increment(ref next);
                if (index > last)
                {
                    break;
                }

                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await operation(index);
                }
#pragma warning disable CA1031 // a failed request is counted, not fatal: the report shows the error count
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    ok = false;
                    if (Interlocked.Increment(ref errors) <= 3)
                    {
                        Console.Error.WriteLine($"  {name}: request {index} failed: {exception.GetType().Name}: {exception.Message}");
                    }

                    mine.Add(new Sample(index, Stopwatch.GetElapsedTime(started).TotalMilliseconds, Ok: false));
                    continue;
                }

                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }

                // Failed requests keep their latency: dropping slow failures would flatter the percentiles.
                mine.Add(new Sample(index, elapsed, ok));
            }
        })).ToArray();
        await Task.WhenAll(workers);
        watch.Stop();
        var all = samples.SelectMany(s => s).ToList();
        if (watch.Elapsed >= deadline)
        {
            Console.Error.WriteLine($"  {name}: stopped at the {deadline.TotalSeconds:F0} s phase cap after {all.Count} requests.");
        }

        var (apiCpuAfter, clientCpuAfter) = CpuNow(apiPid);
        return new PhaseResult(name, all, watch.Elapsed, errors) { Cpu = (apiCpuAfter - apiCpuBefore, clientCpuAfter - clientCpuBefore) };
    }

    internal static (TimeSpan Api, TimeSpan Client) CpuNow(int? apiPid)
    {
        var client = Process.GetCurrentProcess().TotalProcessorTime;
        if (apiPid is not { } pid)
        {
            return (TimeSpan.Zero, client);
        }

        using var api = Process.GetProcessById(pid);
        return (api.TotalProcessorTime, client);
    }
}
