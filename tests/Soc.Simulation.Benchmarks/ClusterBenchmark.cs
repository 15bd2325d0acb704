using System.Diagnostics;
using System.Globalization;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Hosting;
using Soc.Simulation.Hosting;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Benchmarks;

/// <summary>
/// Barcelona replicates per second on a running cluster (scripts/cluster.sh start N) against the embedded silo,
/// measured in the same run: <c>Benchmarks cluster redis://127.0.0.1:6390 [replicates]</c>.
/// </summary>
public static class ClusterBenchmark
{
    public static async Task RunAsync(string root, string cluster, int replicates)
    {
        Scenario barcelona = ScenarioFile.Load(Path.Combine(root, "scenarios", "barcelona-2023.json"));
        var quiet = new Progress(TextWriter.Null, false);

        double embedded;
        await using (EmbeddedSilo silo = await EmbeddedSilo.StartAsync())
        {
            await MonteCarloRunner.OnClusterAsync(silo.Grains, barcelona, 99, 8, quiet); // warm-up: JIT
            embedded = await TimeAsync(() => MonteCarloRunner.OnClusterAsync(silo.Grains, barcelona, 1, replicates, quiet));
        }

        await using ClusterConnection connection = await ClusterConnection.ConnectAsync(ClusterAddress.Parse(cluster));
        int silos = (await connection.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count;
        // Warm every silo process: replicates are placed at random, so a few per silo reach them all.
        await MonteCarloRunner.OnClusterAsync(connection.Grains, barcelona, 99, 8 * silos, quiet);
        double onCluster = await TimeAsync(() => MonteCarloRunner.OnClusterAsync(connection.Grains, barcelona, 1, replicates, quiet));

        Console.WriteLine($"{Environment.ProcessorCount} cores; barcelona, {replicates} replicates: embedded {embedded:0.00} s, {silos} silo process(es) {onCluster:0.00} s");
        Console.WriteLine(Invariant($"embedded_replicates_per_s={replicates / embedded:0.00}"));
        Console.WriteLine(Invariant($"cluster_replicates_per_s={replicates / onCluster:0.00} (silos={silos})"));
        Console.WriteLine(Invariant($"cluster_vs_embedded_ratio={embedded / onCluster:0.000}"));
    }

    private static async Task<double> TimeAsync(Func<Task> run)
    {
        var clock = Stopwatch.StartNew();
        await run();
        return clock.Elapsed.TotalSeconds;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
