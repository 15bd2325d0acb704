using System.CommandLine;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Grains.Register;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model;

namespace Soc.Simulation.Client.Commands;

/// <summary><c>socsim run</c>: replays a register of applications through the call, or runs a policy scenario's replicates.</summary>
public sealed class RunCommand : SocSimCommand
{
    private readonly Argument<string> _scenario = CommonOptions.Scenario();
    private readonly Option<string[]> _set = CommonOptions.Set();
    private readonly RegisterFileOptions _register = new(required: false);
    private readonly ReplicateOptions _replicates = new(defaultReplicates: 20);
    private readonly OutputOptions _output = new();

    public override string Name => "run";

    public override string Summary => "Decide a register of applications under the call's rules, or run a policy scenario's Monte Carlo replicates.";

    public override string? Details =>
        "With --registry: every application is decided in registry order (domain.md F); writes awards.csv and awards.xlsx,\n" +
        "results.json and results.xlsx (KPIs, budget lines by month), the charts and report.html.\n" +
        "Without: N replicates of a policy scenario; writes results.json and results.xlsx (KPIs with 95% CIs, monthly\n" +
        "series), replicates.csv, the charts and report.html.";

    public override IReadOnlyList<string> Examples =>
    [
        "socsim run scenarios/30plus-2023.json --registry scenarios/registers/sample-2023.csv --out out",
        "socsim run scenarios/30plus-2023.json --registry registre.xlsx --sheet Registre --out out",
        "socsim run scenarios/barcelona-2023.json --replicates 100 --seed 1 --out out/baseline",
        "socsim run scenarios/barcelona-2023.json --set call.budgetEur=3000000 --quiet --json",
    ];

    public override void Define(Command command)
    {
        command.Add(_scenario);
        command.Add(_set);
        _register.AddTo(command);
        _replicates.AddTo(command);
        _output.AddTo(command);
    }

    /// <summary>A policy run's replicates stop on Ctrl+C; a register replay is one quick pass and ends at once.</summary>
    public override bool StopsOnCancel(ParseResult parsed) => _register.PathOf(parsed) is null;

    public override async Task<int> RunAsync(ParseResult parsed, CommandIo io)
    {
        using IDisposable language = _output.LanguageOf(parsed);
        string file = parsed.GetValue(_scenario)!;
        Backend backend = _replicates.BackendOf(parsed);
        string outDir = _output.FolderOf(parsed);
        bool json = _output.JsonOf(parsed);
        // Everything the user gave is read and checked before the silo starts or a file is written.
        Scenario scenario = ScenarioFile.Load(file, parsed.GetValue(_set), _replicates.UncertaintyOf(parsed));
        string? registry = _register.PathOf(parsed);
        if (registry is null)
        {
            if (!scenario.IsSimulation)
            {
                throw new InputException($"{file}: this scenario has only a call (no population, services, employers, behaviour, pathway): give --registry <register> to replay a register");
            }

            ulong seed = _replicates.SeedOf(parsed);
            ReplicateResult[] results = await MonteCarloRunner.RunAsync(scenario, seed, _replicates.ReplicatesOf(parsed), backend, io.Progress(_output.QuietOf(parsed)), io.Cancel);
            return ExperimentOutput.Write(scenario, seed, results, outDir, io.Out, json);
        }

        IReadOnlyList<Application> applications = _register.Read(parsed);
        ReplayReport report;
        IReadOnlyList<AwardDecision> decisions;
        await using (ReplicateRunner runner = await ReplicateRunner.StartAsync(backend))
        {
            (report, decisions) = runner.Grains is null
                ? DirectReplay.Run(scenario, applications)
                : await GrainReplay.RunAsync(runner.Grains, scenario, applications, ExperimentWatch.NewId());
        }

        return OutputSets.Replay(report, decisions, scenario, Path.GetFileName(registry))
            .CommitAndPrint(outDir, io.Out, json, () => SummaryTable.Render(report, registry));
    }
}
