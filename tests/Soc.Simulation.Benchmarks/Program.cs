using System.Diagnostics;
using System.Globalization;
using Soc.Simulation.Benchmarks;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;

// Figures measured in one process and one run, reported as ratios against a reference measured alongside,
// so they do not depend on how fast the machine is that day. Usage: Benchmarks [repo root] [replicates],
// or Benchmarks cluster redis://host:port [replicates] against running silos (scripts/bench-cluster.sh),
// or Benchmarks projection [repo root] for the projection's figures alone,
// or Benchmarks portfolio [repo root] for the replays through the grains (a register, a portfolio) alone,
// or Benchmarks scale [repo root] for the cost per participant, Catalonia and Spain, and the large registers alone,
// or Benchmarks barcelona [repo root] [replicates] for the Barcelona and Catalonia replicates alone,
// or Benchmarks analyses [repo root] for the Sobol' analysis and the calibration alone,
// or Benchmarks cli [repo root] for the socsim command's marginal rate and its 1,000,000-application register alone.
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

if (args is ["barcelona", .. var barcelonaAt])
{
    await BarcelonaBenchmark.RunAsync(barcelonaAt.Length > 0 ? barcelonaAt[0] : ".", barcelonaAt.Length > 1 ? int.Parse(barcelonaAt[1], CultureInfo.InvariantCulture) : 40);
    return;
}

if (args is ["cli", .. var cliAt])
{
    string at = cliAt.Length > 0 ? cliAt[0] : ".";
    CommandLineBenchmark.PrintMarginal(at, 40, 240, 3);
    CommandLineBenchmark.PrintMarginal(at, 40, 1040, 2);
    CommandLineBenchmark.PrintRegister(at, 1_000_000);
    return;
}

if (args is ["analyses", .. var analysesAt])
{
    string at = analysesAt.Length > 0 ? analysesAt[0] : ".";
    await AnalysisBenchmark.SobolAsync(at, 8);
    await AnalysisBenchmark.CalibrationAsync(at, 5000);
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

await BarcelonaBenchmark.RunAsync(root, replicates);

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

// 3d. The analyses that need many simulations (issue 17): a Sobol' design and a calibration of 5,000 simulations, through the embedded silo.
await AnalysisBenchmark.SobolAsync(root, 8);
await AnalysisBenchmark.CalibrationAsync(root, 5000);

// 3e. The same as a user gets it (issue 17): socsim itself, a process per run.
CommandLineBenchmark.PrintMarginal(root, replicates, 6 * replicates, 3);
CommandLineBenchmark.PrintMarginal(root, replicates, 26 * replicates, 2);
CommandLineBenchmark.PrintRegister(root, 1_000_000);

// 4. Projection of a running call (issue 14): the sample register, and a generated register of 100,000 applications.
ProjectionBenchmark.Run(call, register, "3k", 200);
ProjectionBenchmark.Run(call, SampleRegisterGenerator.Generate(100_000, 5), "100k", 20);

Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB");
