using System.Diagnostics;
using System.Globalization;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Projection;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Projection;
using Soc.Simulation.Model.Register;

namespace Soc.Simulation.Benchmarks;

/// <summary>
/// What a projection costs (issue 14): one replicate of a running call's future, on one thread, against a replay of
/// the same register (the reference measured alongside), and the replicates of a 200-replicate projection on every core,
/// on the shipped sample register (3,000 applications) and on a generated one of 100,000.
/// </summary>
public static class ProjectionBenchmark
{
    private static readonly DateOnly AsOf = new(2023, 2, 1);

    public static void Run(Scenario call, IReadOnlyList<Application> register, string label, int replicates)
    {
        var plan = new ProjectionPlan(call, [.. register], AsOf, 1, null);
        var clock = Stopwatch.StartNew();
        var known = KnownSoFar.Of(plan);
        double estimate = clock.Elapsed.TotalSeconds;
        ProjectionReplicate.Run(call, known, 1, 999); // warm-up: JIT

        int single = Math.Max(2, Math.Min(20, replicates / 10));
        double replay = Time(() => DirectReplay.Run(call, register), 2) / 2;
        double replicate = Time(() => { for (int r = 0; r < single; r++) ProjectionReplicate.Run(call, known, 1, r); }, 1) / single;
        double all = Wall(() => ProjectionRuns.Run(plan, [.. Enumerable.Range(0, replicates)]));
        Console.WriteLine(Invariant($"projection of {register.Count:N0} applications (as of {AsOf:yyyy-MM-dd}): estimate {estimate:0.00} s; one replicate {replicate * 1000:0.0} ms of CPU, ")
            + Invariant($"replay {replay * 1000:0.0} ms of CPU, projection_replicate_vs_replay_{label}={replicate / replay:0.00}; {replicates} replicates on every core {all:0.00} s wall ")
            + Invariant($"(projection_{label}_replicates_per_s={replicates / all:0.0})"));
    }

    // CPU seconds of the process, not wall time: the ratio then holds on a machine shared with other work.
    private static double Time(Action run, int times)
    {
        TimeSpan before = Process.GetCurrentProcess().TotalProcessorTime;
        for (int i = 0; i < times; i++) run();
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds;
    }

    private static double Wall(Action run)
    {
        var clock = Stopwatch.StartNew();
        run();
        return clock.Elapsed.TotalSeconds;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
