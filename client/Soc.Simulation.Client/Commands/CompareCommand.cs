using System.CommandLine;
using System.Text.RegularExpressions;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model;

namespace Soc.Simulation.Client.Commands;

/// <summary>
/// <c>socsim compare</c>: the base and each alternative run with the same seeds (common random numbers), and
/// every KPI's paired difference with its 95% CI and the probability that the alternative is better.
/// </summary>
public sealed partial class CompareCommand : SocSimCommand
{
    private readonly Argument<string[]> _scenarios = new("scenarios")
    {
        Description = "The base scenario, then any alternative scenario files.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string[]> _alt = new("--alt")
    {
        Description = "An alternative as the base with overrides: \"name:path=value,path=value\" (repeatable).",
        HelpName = "name:path=value,…",
        Arity = ArgumentArity.ZeroOrMore,
        DefaultValueFactory = _ => [],
    };

    private readonly Option<string[]> _set = CommonOptions.Set();
    private readonly ReplicateOptions _replicates = new(defaultReplicates: 20);
    private readonly OutputOptions _output = new();

    public override string Name => "compare";

    public override string Summary => "Compare a base scenario with alternatives on paired replicates: differences with 95% CIs and P(better).";

    public override string? Details =>
        "Every scenario runs with the same seeds (common random numbers). Writes compare.json, compare.csv, compare.xlsx,\n" +
        "the comparison charts and report.html; --set applies to every scenario.";

    public override IReadOnlyList<string> Examples =>
    [
        "socsim compare scenarios/barcelona-2023.json --alt \"smi2023:call.annualMinimumWageEur=15120\" --replicates 40",
        "socsim compare scenarios/barcelona-2023.json my-alternative.json --seed 7 --out out/compare",
    ];

    public override void Define(Command command)
    {
        command.Add(_scenarios);
        command.Add(_alt);
        command.Add(_set);
        _replicates.AddTo(command);
        _output.AddTo(command);
    }

    public override bool StopsOnCancel(ParseResult parsed) => true;

    public override async Task<int> RunAsync(ParseResult parsed, CommandIo io)
    {
        using IDisposable language = _output.LanguageOf(parsed);
        string[] files = parsed.GetValue(_scenarios)!;
        string[] alts = parsed.GetValue(_alt)!;
        string[] sets = parsed.GetValue(_set)!;
        if (files.Length + alts.Length < 2)
        {
            throw new InputException("compare: give a base scenario and at least one alternative (a file or --alt)");
        }

        ulong seed = _replicates.SeedOf(parsed);
        Backend backend = _replicates.BackendOf(parsed);
        string baseFile = files[0];
        bool uncertainty = _replicates.UncertaintyOf(parsed);
        Scenario baseScenario = ScenarioFile.Load(baseFile, sets, uncertainty);
        var scenarios = new List<Scenario> { baseScenario };
        foreach (string file in files.Skip(1))
        {
            Scenario alt = ScenarioFile.Load(file, sets, uncertainty);
            scenarios.Add(alt.Name == baseScenario.Name ? alt with { Name = $"{alt.Name} ({Path.GetFileName(file)})" } : alt);
        }

        foreach (string alt in alts)
        {
            (string name, string[] overrides) = ParseAlt(alt);
            scenarios.Add(ScenarioFile.Load(baseFile, [.. sets, .. overrides], uncertainty) with { Name = name });
        }

        foreach (Scenario s in scenarios.Where(s => !s.IsSimulation))
        {
            throw new InputException($"compare: scenario '{s.Name}' has no population, services… to simulate");
        }

        ReplicateResult[][] runs = await MonteCarloRunner.RunManyAsync(scenarios, seed, _replicates.ReplicatesOf(parsed), backend, io.Progress(_output.QuietOf(parsed)), io.Cancel);
        ComparisonSummary summary = ComparisonSummary.OfScenarios(seed, scenarios, runs);

        return OutputSets.Comparison(summary, scenarios).CommitAndPrint(_output.FolderOf(parsed), io.Out, _output.JsonOf(parsed), () => ComparisonTable.Render(summary));
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
