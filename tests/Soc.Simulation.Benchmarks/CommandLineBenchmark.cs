using System.Diagnostics;
using System.Globalization;

namespace Soc.Simulation.Benchmarks;

/// <summary>
/// Issue 17's figures as a user gets them: the socsim command itself, each run a process of its own (the socsim.dll
/// built beside this benchmark, Release). The marginal replicates per second are what more replicates cost once a
/// command has started (its silo, the JIT): a run of n2 replicates against one of n1, alternating, in several rounds;
/// the rate is given from the fastest run of each size (the one the rest of the machine disturbed least) and from the
/// medians. The large register is one run, timed, with its peak memory read while it runs.
/// </summary>
internal static class CommandLineBenchmark
{
    private static string SocSim => Path.Combine(AppContext.BaseDirectory, "socsim.dll");

    public static void PrintMarginal(string root, int small, int large, int rounds)
    {
        string scenario = Path.Combine(root, "scenarios", "barcelona-2023.json");
        string output = Directory.CreateTempSubdirectory("socsim-bench-").FullName;
        var times = new Dictionary<int, List<double>> { [small] = [], [large] = [] };
        long steal = HostSteal.Ticks();
        for (int round = 0; round < rounds; round++)
        {
            foreach (int n in new[] { small, large })
            {
                times[n].Add(Run(["run", scenario, "--replicates", n.ToString(CultureInfo.InvariantCulture), "--out", Path.Combine(output, "out"), "--quiet"]).Seconds);
            }
        }

        Directory.Delete(output, recursive: true);
        double best = (large - small) / (times[large].Min() - times[small].Min());
        double median = (large - small) / (Median(times[large]) - Median(times[small]));
        Console.WriteLine(Invariant(
            $"command line, barcelona (uncertainty on, embedded silo), {large} against {small} replicates, {rounds} alternating rounds: cli_marginal_replicates_per_s={best:0.0} (fastest runs), {median:0.0} (medians); {small}: {string.Join(" / ", times[small].Select(t => t.ToString("0.00", CultureInfo.InvariantCulture)))} s, {large}: {string.Join(" / ", times[large].Select(t => t.ToString("0.00", CultureInfo.InvariantCulture)))} s; host steal {HostSteal.Seconds(steal):0.0} s"));
    }

    /// <summary>A generated register of this many rows (written first, not timed) decided by socsim run, by the default path and by the Model alone.</summary>
    public static void PrintRegister(string root, int rows)
    {
        string dir = Directory.CreateTempSubdirectory("socsim-bench-").FullName;
        string register = Path.Combine(dir, "register.csv");
        Run(["generate-register", "--rows", rows.ToString(CultureInfo.InvariantCulture), "--seed", "7", "--out", register]);
        string call = Path.Combine(root, "scenarios", "30plus-2023.json");
        (double grains, double grainsMiB) = Run(["run", call, "--registry", register, "--out", Path.Combine(dir, "out"), "--quiet"]);
        (double direct, double directMiB) = Run(["run", call, "--registry", register, "--backend", "direct", "--out", Path.Combine(dir, "out-direct"), "--quiet"]);
        Directory.Delete(dir, recursive: true);
        Console.WriteLine(Invariant(
            $"command line, socsim run --registry with {rows:N0} applications (read, decided, every file written): default path {grains:0.00} s, peak {grainsMiB:N0} MiB; --backend direct {direct:0.00} s, peak {directMiB:N0} MiB; cli_register_{rows}_s={grains:0.00}, cli_register_{rows}_vs_direct={grains / direct:0.00}x"));
    }

    /// <summary>Runs socsim with the arguments; its wall time, and its peak resident memory read every 20 ms while it runs.</summary>
    private static (double Seconds, double PeakMiB) Run(string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet", [SocSim, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var clock = Stopwatch.StartNew();
        using Process child = Process.Start(info)!;
        Task<string> stdout = child.StandardOutput.ReadToEndAsync(), stderr = child.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!child.WaitForExit(20))
        {
            peak = Math.Max(peak, PeakResident(child.Id));
        }

        double seconds = clock.Elapsed.TotalSeconds;
        if (child.ExitCode != 0) throw new InvalidOperationException($"socsim {string.Join(' ', arguments)} failed ({child.ExitCode}): {stderr.Result}{stdout.Result}");
        return (seconds, peak / 1048576.0);
    }

    /// <summary>The process's high-water mark of resident memory (VmHWM), in bytes; 0 once it is gone.</summary>
    private static long PeakResident(int pid)
    {
        try
        {
            string? line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : 1024 * long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
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

    private static double Median(List<double> values)
    {
        double[] sorted = [.. values.Order()];
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
