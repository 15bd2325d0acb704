using System.Diagnostics;

namespace Soc.Simulation.Benchmarks;

/// <summary>
/// The marginal cost of replicates: a run of 6n against a run of n, so what every run pays once (its ramp-up, the
/// JIT's tiers) cancels out. Wall time for the rate, and the process's CPU time, which the host's steal does not
/// inflate.
/// </summary>
internal sealed record Marginal(int Replicates, double Short, double Long, double ShortCpu, double LongCpu)
{
    public double PerSecond => 5 * Replicates / (Long - Short);

    public double CpuMilliseconds => 1000 * (LongCpu - ShortCpu) / (5 * Replicates);

    public static Marginal Of(int replicates, Func<int, Task> run)
    {
        (double shortWall, double shortCpu) = Time(() => run(replicates));
        (double longWall, double longCpu) = Time(() => run(6 * replicates));
        return new Marginal(replicates, shortWall, longWall, shortCpu, longCpu);
    }

    private static (double Wall, double Cpu) Time(Func<Task> run)
    {
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        run().GetAwaiter().GetResult();
        return (clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }
}

/// <summary>The host's steal time from /proc/stat (Linux; 0 elsewhere): CPU the hypervisor gave to someone else.</summary>
internal static class HostSteal
{
    public static long Ticks()
    {
        try
        {
            string[] cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return cpu.Length > 8 ? long.Parse(cpu[8], System.Globalization.CultureInfo.InvariantCulture) : 0;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>Seconds of steal since <paramref name="before"/>, at the usual 100 ticks a second.</summary>
    public static double Seconds(long before) => (Ticks() - before) / 100.0;
}
