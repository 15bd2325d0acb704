using System.Diagnostics;
using System.Globalization;
using Soc.Simulation.Benchmarks;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Hosting;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Model.Simulation;
using Soc.Simulation.Model.Replicates;

// Figures measured in one process and one run, reported as ratios against a reference measured alongside,
// so they do not depend on how fast the machine is that day. Usage: Benchmarks [repo root] [replicates],
// or Benchmarks cluster redis://host:port [replicates] against running silos (scripts/bench-cluster.sh),
// or Benchmarks projection [repo root] for the projection's figures alone,
// or Benchmarks portfolio [repo root] for the replays through the grains (a register, a portfolio) alone,
// or Benchmarks scale [repo root] for the cost per participant, Catalonia and Spain, and the large registers alone,
// or Benchmarks analyses [repo root] for the Sobol' analysis and the calibration alone.
if (args is ["cluster", string cluster, ..])
{
    await ClusterBenchmark.RunAsync(".", cluster, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200);
    return;
}

if (args is ["replay-child", string from, string size, string path])
{
    await ScaleBenchmark.ReplayChildAsync(from, int.Parse(size, CultureInfo.InvariantCulture), path);
    return;
}

if (args is ["replicate-child", string root0, string file, string how])
{
    await ScaleBenchmark.ReplicateChildAsync(root0, file, how);
    return;
}

if (args is ["scale", .. var scaleAt])
{
    string at = scaleAt.Length > 0 ? scaleAt[0] : ".";
    await ScaleBenchmark.PrintPerParticipantAsync(at);
    ScaleBenchmark.PrintReplicates(at);
    ScaleBenchmark.PrintReplays(at, 100_000, 1_000_000);
    return;
}

if (args is ["analyses", .. var analysesAt])
{
    string at = analysesAt.Length > 0 ? analysesAt[0] : ".";
    await AnalysisBenchmark.SobolAsync(at, 8);
    await AnalysisBenchmark.CalibrationAsync(at, 400);
    return;
}

if (args is ["portfolio", .. var there])
{
    string at = there.Length > 0 ? there[0] : ".";
    Scenario thirtyPlus = ScenarioFile.Load(Path.Combine(at, "scenarios", "30plus-2023.json"));
    await PortfolioBenchmark.RegisterAsync(thirtyPlus, RegisterReader.ReadFile(Path.Combine(at, "scenarios", "registers", "sample-2023.csv")), "3k", 20);
    await PortfolioBenchmark.RegisterAsync(thirtyPlus, SampleRegisterGenerator.Generate(100_000, 5), "100k", 3);
    PortfolioBenchmark.Run(Path.Combine(at, "scenarios", "portfolios", "soc-2024-2025.json"));
    return;
}

if (args is ["projection", .. var rest])
{
    string at = rest.Length > 0 ? rest[0] : ".";
    Scenario thirtyPlus = ScenarioFile.Load(Path.Combine(at, "scenarios", "30plus-2023.json"));
    ProjectionBenchmark.Run(thirtyPlus, RegisterReader.ReadFile(Path.Combine(at, "scenarios", "registers", "sample-2023.csv")), "3k", 200);
    ProjectionBenchmark.Run(thirtyPlus, SampleRegisterGenerator.Generate(100_000, 5), "100k", 20);
    return;
}

string root = args.Length > 0 ? args[0] : ".";
int replicates = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
string Scenario(string name) => Path.Combine(root, "scenarios", name);
var quiet = new Progress(TextWriter.Null, false);
Console.WriteLine($"{Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");

// 1. Barcelona Monte Carlo: the Model alone (parallel over replicates) against the experiment grain.
Scenario barcelona = ScenarioFile.Load(Scenario("barcelona-2023.json"));
await MonteCarloRunner.DirectAsync(barcelona, 99, 4, quiet); // warm-up: JIT
double direct = Time(() => MonteCarloRunner.DirectAsync(barcelona, 1, replicates, quiet));
double orleans, marginal;
await using (EmbeddedSilo silo = await EmbeddedSilo.StartAsync())
{
    await MonteCarloRunner.OnClusterAsync(silo.Grains, barcelona, 99, 4, quiet);
    orleans = Time(() => MonteCarloRunner.OnClusterAsync(silo.Grains, barcelona, 1, replicates, quiet));
    // Marginal, as issue 17 asks: what 5 × replicates more cost than replicates, so the ramp-up of each run cancels out.
    double longer = Time(() => MonteCarloRunner.OnClusterAsync(silo.Grains, barcelona, 2, 6 * replicates, quiet));
    marginal = 5 * replicates / (longer - orleans);
}

// 1b. What the honest answers cost (issue 13): the twin world with no call money (H2) and the parameter draws (H6),
// each measured against the same replicates without it, with the Model alone.
Scenario point = ScenarioFile.Load(Scenario("barcelona-2023.json"), uncertainty: false);
double Replicates(Scenario s, bool twin) => Time(() => Parallel.ForEachAsync(Enumerable.Range(0, replicates), async (r, _) => await DirectBackend.RunAsync(new SimulationSetup(s, 1, r, twin))));
double withoutTwin = Replicates(point, twin: false), withTwin = Replicates(point, twin: true), withDraws = Replicates(barcelona, twin: true);
Console.WriteLine(Invariant($"twin_cost_ratio={withTwin / withoutTwin:0.000} (point scenario, {replicates} replicates: {withoutTwin:0.00} s without the twin, {withTwin:0.00} s with it)"));
Console.WriteLine(Invariant($"draws_cost_ratio={withDraws / withTwin:0.000} ({withDraws:0.00} s with the parameter draws)"));

var one = await DirectBackend.RunAsync(new SimulationSetup(barcelona, 1, 0));
double memberMonths = one.Series[Array.IndexOf(one.SeriesNames, "activeParticipants")].Sum();
Console.WriteLine($"barcelona, {replicates} replicates: direct {direct:0.00} s, orleans {orleans:0.00} s");
Console.WriteLine($"participant-months per replicate: {memberMonths:N0}; direct {memberMonths * replicates / direct:N0} participant-months/s");
Console.WriteLine(Invariant($"barcelona_replicates_per_s={replicates / orleans:0.00} ({replicates} replicates); marginal_barcelona_replicates_per_s={marginal:0.00} ({6 * replicates} against {replicates} replicates)"));
Console.WriteLine(Invariant($"direct_replicates_per_s={replicates / direct:0.00}"));
Console.WriteLine(Invariant($"orleans_vs_direct_ratio={direct / orleans:0.000}"));

// 2. One Catalonia-scale replicate (~350,000 participants), with the Model alone, phase by phase.
Scenario catalonia = ScenarioFile.Load(Scenario("catalonia-2023.json"));
GC.Collect();
long before = GC.GetTotalAllocatedBytes();
var timing = new TimingBackend(new DirectBackend(new SimulationSetup(catalonia, 1, 0)));
var clock = Stopwatch.StartNew();
var cat = await SimulationLoop.RunAsync(new SimulationSetup(catalonia, 1, 0), timing);
double catSeconds = clock.Elapsed.TotalSeconds;
Console.WriteLine(Invariant($"catalonia_replicate_s={catSeconds:0.00} (participants {cat.Kpis[Array.IndexOf(cat.KpiNames, "participants")]:N0}, allocated {(GC.GetTotalAllocatedBytes() - before) / 1048576.0:N0} MiB)"));
foreach ((string phase, TimeSpan t) in timing.Phases.OrderByDescending(p => p.Value)) Console.WriteLine($"  {phase,-34}{t.TotalSeconds,8:0.00} s");
var barcelonaTiming = new TimingBackend(new DirectBackend(new SimulationSetup(barcelona, 1, 0)));
clock.Restart();
await SimulationLoop.RunAsync(new SimulationSetup(barcelona, 1, 0), barcelonaTiming);
Console.WriteLine(Invariant($"one barcelona replicate on one thread, phase by phase: {clock.Elapsed.TotalMilliseconds:0} ms"));
foreach ((string phase, TimeSpan t) in barcelonaTiming.Phases.OrderByDescending(p => p.Value)) Console.WriteLine($"  {phase,-34}{t.TotalMilliseconds,8:0.0} ms");

// 3. Register replay (the foundation): the Model alone against the grains, as the portfolio mode measures it.
IReadOnlyList<Application> register = RegisterReader.ReadFile(Path.Combine(root, "scenarios", "registers", "sample-2023.csv"));
Scenario call = ScenarioFile.Load(Scenario("30plus-2023.json"));
await PortfolioBenchmark.RegisterAsync(call, register, "3k", 20);
// 3b. A portfolio (issue 16): the shipped two editions and the convention, the Model alone against the portfolio grain.
PortfolioBenchmark.Run(Path.Combine(root, "scenarios", "portfolios", "soc-2024-2025.json"));

// 3c. Scale (issue 17): cost per participant, allocations per replicate, and large registers each in its own process.
await ScaleBenchmark.PrintPerParticipantAsync(root);
ScaleBenchmark.PrintReplicates(root);
ScaleBenchmark.PrintReplays(root, 100_000, 1_000_000);

// 3d. The analyses that need many simulations (issue 17): a Sobol' design and a calibration, through the embedded silo.
await AnalysisBenchmark.SobolAsync(root, 8);
await AnalysisBenchmark.CalibrationAsync(root, 400);

// 4. Projection of a running call (issue 14): the sample register, and a generated register of 100,000 applications.
ProjectionBenchmark.Run(call, register, "3k", 200);
ProjectionBenchmark.Run(call, SampleRegisterGenerator.Generate(100_000, 5), "100k", 20);

Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB");

static double Time(Func<Task> run)
{
    var clock = Stopwatch.StartNew();
    run().GetAwaiter().GetResult();
    return clock.Elapsed.TotalSeconds;
}

static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
