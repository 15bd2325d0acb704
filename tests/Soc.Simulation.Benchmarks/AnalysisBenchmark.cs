using System.Diagnostics;
using System.Globalization;
using Soc.Simulation.Analysis.Calibration;
using Soc.Simulation.Analysis.Screening;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Hosting;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Benchmarks;

/// <summary>
/// Issue 17's analyses: a Sobol' design and an ABC calibration of the Barcelona scenario through the embedded silo, as
/// the command line runs them, each after a warm-up; their time and their simulations per second (the full benchmark
/// runs the calibration at the target's size, 5,000 simulations), and the time Sobol' at N = 32 would take at its rate.
/// </summary>
public static class AnalysisBenchmark
{
    private static readonly Progress Quiet = new(TextWriter.Null, false);

    public static async Task SobolAsync(string root, int samples)
    {
        string file = Path.Combine(root, "scenarios", "barcelona-2023.json");
        SobolPlan plan = Sobol.Plan(new SobolRequest(File.ReadAllText(file), file, [], null, null, 1, samples, 1));
        await using EmbeddedSilo silo = await EmbeddedSilo.StartAsync();
        await MonteCarloRunner.OnClusterAsync(silo.Grains, plan.Base, 99, 4, Quiet); // warm-up: JIT
        var clock = Stopwatch.StartNew();
        await Sobol.RunAsync(plan, r => MonteCarloRunner.OnClusterAsync(silo.Grains, r.Scenario, r.Seed, r.Replicates, Quiet), 16);
        double seconds = clock.Elapsed.TotalSeconds;
        int k = plan.Factors.Count - 1, n32 = Sobol.SimulationsFor(32, k, 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sobol, barcelona, {k} factors and chance, N = {samples}: {plan.Simulations} simulations in {seconds:0.0} s ({plan.Simulations / seconds:0.0}/s); sobol_s={seconds:0.0}; N = 32 ({n32} simulations) at that rate: {n32 / (plan.Simulations / seconds):0} s"));
    }

    public static async Task CalibrationAsync(string root, int replicates)
    {
        Scenario scenario = ScenarioFile.Load(Path.Combine(root, "scenarios", "barcelona-2023.json"));
        CalibrationTarget[] targets = [.. CalibrationTargets.Barcelona2023.Where(t => Sensitivity.KpiNames(scenario).Contains(t.Kpi))];
        await using EmbeddedSilo silo = await EmbeddedSilo.StartAsync();
        await MonteCarloRunner.OnClusterAsync(silo.Grains, scenario, 99, 4, Quiet); // warm-up: JIT
        var clock = Stopwatch.StartNew();
        await AbcCalibration.RunAsync(new AbcRequest(scenario, targets, replicates, 0.05, 1), (s, seed, n) => MonteCarloRunner.OnClusterAsync(silo.Grains, s, seed, n, Quiet));
        double seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"calibration, barcelona, {replicates} simulations: {seconds:0.0} s ({replicates / seconds:0.0}/s); calibration_s={seconds:0.0} (target: 5,000 or more simulations in 300 s)"));
    }
}
