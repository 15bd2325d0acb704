using System.Diagnostics;
using System.Globalization;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Client.Hosting;
using Soc.Simulation.Grains.Register;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Model.Replicates;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Model.Simulation;

namespace Soc.Simulation.Benchmarks;

/// <summary>
/// Issue 17's scale figures: what a replicate costs per participant at Barcelona's and at Catalonia's size, what it
/// allocates, and large registers replayed each in a process of its own, so that its peak memory is its own.
/// </summary>
public static class ScaleBenchmark
{
    /// <summary>One replicate at a time, on one thread, with the Model alone: the cost per participant, and the bytes allocated.</summary>
    public static async Task<(double SecondsPerParticipant, double AllocatedMiB)> PerParticipantAsync(Scenario scenario, int replicates, int firstReplicate = 0)
    {
        GC.Collect();
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        double participants = 0;
        var clock = Stopwatch.StartNew();
        for (int r = firstReplicate; r < firstReplicate + replicates; r++)
        {
            ReplicateResult result = await DirectBackend.RunAsync(new SimulationSetup(scenario, 1, r));
            participants += result.Kpis[Array.IndexOf(result.KpiNames, "participants")];
        }

        double seconds = clock.Elapsed.TotalSeconds;
        return (seconds / participants, (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1048576.0 / replicates);
    }

    /// <summary>
    /// Barcelona's cost per participant against Catalonia's. Both are warmed up first (the JIT's tiers: measured first
    /// and cold, Barcelona once came out at 1.6 times its warm cost), then measured in three alternating rounds; the
    /// fastest round of each is the one least disturbed by the rest of the machine.
    /// </summary>
    public static async Task PrintPerParticipantAsync(string root)
    {
        Scenario barcelona = ScenarioFile.Load(Path.Combine(root, "scenarios", "barcelona-2023.json"));
        Scenario catalonia = ScenarioFile.Load(Path.Combine(root, "scenarios", "catalonia-2023.json"));
        await PerParticipantAsync(barcelona, 20, 1000);
        await PerParticipantAsync(catalonia, 1, 1000);
        var rounds = new List<((double S, double MiB) Bcn, (double S, double MiB) Cat)>();
        for (int round = 0; round < 3; round++)
        {
            rounds.Add((await PerParticipantAsync(barcelona, 8, 8 * round), await PerParticipantAsync(catalonia, 1, round)));
        }

        (double bcn, double bcnMiB) = rounds.Select(r => r.Bcn).MinBy(r => r.S);
        (double cat, double catMiB) = rounds.Select(r => r.Cat).MinBy(r => r.S);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cost per participant, one replicate at a time on one thread, fastest of 3 rounds: barcelona {bcn * 1e6:0.00} us, catalonia {cat * 1e6:0.00} us, barcelona_vs_catalonia_cost_per_participant={bcn / cat:0.00} (rounds: {string.Join("; ", rounds.Select(r => $"{r.Bcn.S * 1e6:0.00} / {r.Cat.S * 1e6:0.00}"))})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"allocated per replicate: barcelona_allocated_mib={bcnMiB:0.0}, catalonia_allocated_mib={catMiB:0.0}"));
    }

    /// <summary>Replays a generated register of each size by each path, each in a child process of this benchmark.</summary>
    public static void PrintReplays(string root, params int[] sizes)
    {
        foreach (int size in sizes)
        {
            (double directS, double directMiB) = Child(root, size, "direct");
            (double grainsS, double grainsMiB) = Child(root, size, "grains");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"register replay of {size:N0} applications, each path in its own process: direct {directS:0.00} s, peak {directMiB:N0} MiB; grains (the default path) {grainsS:0.00} s, peak {grainsMiB:N0} MiB; replay_{size}_grains_vs_direct={grainsS / directS:0.00}x"));
        }
    }

    /// <summary>One replicate of Catalonia and of Spain by each path, each in a child process of this benchmark (after a warm-up at Barcelona's size).</summary>
    public static void PrintReplicates(string root)
    {
        foreach (string scenario in new[] { "catalonia-2023.json", "spain-2023.json" })
        {
            (double directS, double directMiB) = Run(["replicate-child", root, scenario, "direct"]);
            (double grainsS, double grainsMiB) = Run(["replicate-child", root, scenario, "grains"]);
            string name = Path.GetFileNameWithoutExtension(scenario).Split('-')[0];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"one {name} replicate, each path in its own process: direct {directS:0.00} s, peak {directMiB:N0} MiB; grains {grainsS:0.00} s, peak {grainsMiB:N0} MiB; {name}_replicate_s={grainsS:0.00}"));
        }
    }

    /// <summary>The child: a warm-up replicate of Barcelona (JIT), then one replicate of the scenario, timed; prints the seconds and the peak working set in MiB.</summary>
    public static async Task ReplicateChildAsync(string root, string file, string path)
    {
        Scenario warm = ScenarioFile.Load(Path.Combine(root, "scenarios", "barcelona-2023.json"));
        Scenario scenario = ScenarioFile.Load(Path.Combine(root, "scenarios", file));
        var quiet = new Client.Experiments.Progress(TextWriter.Null, false);
        double seconds;
        if (path == "direct")
        {
            await DirectBackend.RunAsync(new SimulationSetup(warm, 99, 0));
            var clock = Stopwatch.StartNew();
            await DirectBackend.RunAsync(new SimulationSetup(scenario, 1, 0));
            seconds = clock.Elapsed.TotalSeconds;
        }
        else
        {
            await using EmbeddedSilo silo = await EmbeddedSilo.StartAsync();
            await Client.Experiments.MonteCarloRunner.OnClusterAsync(silo.Grains, warm, 99, 1, quiet);
            var clock = Stopwatch.StartNew();
            await Client.Experiments.MonteCarloRunner.OnClusterAsync(silo.Grains, scenario, 1, 1, quiet);
            seconds = clock.Elapsed.TotalSeconds;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seconds:0.000} {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0}"));
    }

    private static (double Seconds, double PeakMiB) Child(string root, int size, string path) =>
        Run(["replay-child", root, size.ToString(CultureInfo.InvariantCulture), path]);

    /// <summary>Runs this benchmark with the arguments in a child process and reads its "seconds peak-MiB" line.</summary>
    private static (double Seconds, double PeakMiB) Run(string[] arguments)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!, [typeof(ScaleBenchmark).Assembly.Location, .. arguments])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // Environment.ProcessPath is the dotnet host when run by `dotnet run`, the apphost otherwise.
        if (!Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals("dotnet", StringComparison.Ordinal)) info.ArgumentList.RemoveAt(0);
        using Process child = Process.Start(info)!;
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        string[] parts = output.Trim().Split(' ');
        if (child.ExitCode != 0 || parts.Length != 2) throw new InvalidOperationException($"{string.Join(' ', arguments)} failed: {output}");
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    /// <summary>The child: generate the register (not timed), replay it once, print the seconds and the process's peak working set in MiB.</summary>
    public static async Task ReplayChildAsync(string root, int size, string path)
    {
        Scenario call = ScenarioFile.Load(Path.Combine(root, "scenarios", "30plus-2023.json"));
        IReadOnlyList<Application> register = SampleRegisterGenerator.Generate(size, 5);
        double seconds;
        if (path == "direct")
        {
            var clock = Stopwatch.StartNew();
            DirectReplay.Run(call, register);
            seconds = clock.Elapsed.TotalSeconds;
        }
        else
        {
            await using EmbeddedSilo silo = await EmbeddedSilo.StartAsync();
            var clock = Stopwatch.StartNew();
            await GrainReplay.RunAsync(silo.Grains, call, register, "scale");
            seconds = clock.Elapsed.TotalSeconds;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seconds:0.000} {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0}"));
    }
}
