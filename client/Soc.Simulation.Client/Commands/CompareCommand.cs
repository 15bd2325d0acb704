using System.Text.Json;
using System.Text.RegularExpressions;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Experiments;
using Soc.Simulation.Scenarios;
using Soc.Simulation.Simulation;

namespace Soc.Simulation.Client.Commands;

/// <summary>
/// <c>socsim compare</c>: the base and each alternative run with the same seeds (common random numbers), and
/// every KPI's paired difference with its 95% CI and the probability that the alternative is better.
/// </summary>
public static partial class CompareCommand
{
    public static async Task<int> RunAsync(Arguments args, TextWriter stdout)
    {
        string outDir = args.Option("out") ?? "out";
        IReadOnlyList<string> sets = args.Options("set");
        IReadOnlyList<string> alts = args.Options("alt");
        int replicates = args.IntOption("replicates", 20, 2, 100_000);
        int seed = args.IntOption("seed", 1, 0, int.MaxValue);
        Backend backend = Backend.From(args);
        bool quiet = args.Option("quiet") is "true";
        bool json = args.Option("json") is "true";
        if (args.Positional.Count < 1 || args.Positional.Count + alts.Count < 2)
        {
            throw new InputException($"compare: give a base scenario and at least one alternative (a file or --alt)\nusage: {Usage.Compare}");
        }

        args.RejectUnknown(args.Positional.Count, Usage.Compare);
        string baseFile = args.Positional[0];
        Scenario baseScenario = ScenarioFile.Load(baseFile, sets);
        var scenarios = new List<Scenario> { baseScenario };
        foreach (string file in args.Positional.Skip(1))
        {
            Scenario alt = ScenarioFile.Load(file, sets);
            scenarios.Add(alt.Name == baseScenario.Name ? alt with { Name = $"{alt.Name} ({Path.GetFileName(file)})" } : alt);
        }

        foreach (string alt in alts)
        {
            (string name, string[] overrides) = ParseAlt(alt);
            scenarios.Add(ScenarioFile.Load(baseFile, [.. sets, .. overrides]) with { Name = name });
        }

        foreach (Scenario s in scenarios.Where(s => !s.IsSimulation))
        {
            throw new InputException($"compare: scenario '{s.Name}' has no population, services… to simulate");
        }

        ReplicateResult[][] runs = await MonteCarloRunner.RunManyAsync(scenarios, (ulong)seed, replicates, backend, Progress.For(Console.Error, quiet || json));
        ComparisonSummary summary = Build((ulong)seed, scenarios, runs);

        var files = new OutputFiles();
        string jsonText = JsonSerializer.Serialize(summary, ScenarioJson.Options) + "\n";
        files.Add("compare.json", jsonText);
        files.Add("compare.csv", ComparisonCsv.Write(summary));
        foreach ((string name, byte[] content) in Report.ReportWriter.ForComparison(summary, scenarios).Files()) files.Add(name, content);
        return files.CommitAndPrint(outDir, stdout, json, jsonText, () => ComparisonTable.Render(summary));
    }

    public static ComparisonSummary Build(ulong seed, IReadOnlyList<Scenario> scenarios, ReplicateResult[][] runs)
    {
        ExperimentSummary Summary(int i) => ExperimentSummary.Aggregate(scenarios[i].Name, seed, runs[i]);
        return ComparisonSummary.Build(seed, Summary(0), runs[0],
            [.. Enumerable.Range(1, scenarios.Count - 1).Select(i => (Summary(i), runs[i], ScenarioDiff.Between(scenarios[0], scenarios[i])))]);
    }

    /// <summary>"name:path=value,path=value"; a comma starts a new assignment only before "path=".</summary>
    public static (string Name, string[] Overrides) ParseAlt(string alt)
    {
        int colon = alt.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == alt.Length - 1)
        {
            throw new InputException($"--alt {alt}: expected name:path=value[,path=value…], e.g. \"bigger:call.budgetEur=5000000\"");
        }

        string[] overrides = NextAssignment().Split(alt[(colon + 1)..]);
        return (alt[..colon].Trim(), overrides);
    }

    [GeneratedRegex(@",(?=\s*[A-Za-z_$][\w.\[\]$]*\s*=)")]
    private static partial Regex NextAssignment();
}
