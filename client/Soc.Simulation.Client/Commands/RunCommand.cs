using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Client.Report;
using Soc.Simulation.GrantCall;
using Soc.Simulation.Register;
using Soc.Simulation.Results;
using Soc.Simulation.Scenarios;

namespace Soc.Simulation.Client.Commands;

/// <summary><c>socsim run</c>: replays a register of applications through the call, or runs a policy scenario's replicates.</summary>
public static class RunCommand
{
    public static async Task<int> RunAsync(Arguments args, TextWriter stdout)
    {
        string? registry = args.Option("registry");
        string outDir = args.Option("out") ?? "out";
        IReadOnlyList<string> sets = args.Options("set");
        int replicates = args.IntOption("replicates", 20, 2, 100_000);
        int seed = args.IntOption("seed", 1, 0, int.MaxValue);
        Backend backend = Backend.From(args);
        bool quiet = args.Option("quiet") is "true";
        bool json = args.Option("json") is "true";
        args.RejectUnknown(1, Usage.Run);

        // Everything the user gave is read and checked before the silo starts or a file is written.
        Scenario scenario = ScenarioFile.Load(args.Positional[0], sets);
        if (registry is null)
        {
            return scenario.IsSimulation
                ? await SimulateCommand.RunAsync(scenario, (ulong)seed, replicates, backend, outDir, Progress.For(Console.Error, quiet || json), stdout, json)
                : throw new InputException($"{args.Positional[0]}: this scenario has only a call (no population, services, employers, behaviour, pathway): give --registry <register.csv> to replay a register\nusage: {Usage.Run}");
        }

        IReadOnlyList<Application> applications = RegisterReader.ReadFile(registry);

        ReplayReport report;
        IReadOnlyList<AwardDecision> decisions;
        await using (ReplicateRunner runner = await ReplicateRunner.StartAsync(backend))
        {
            (report, decisions) = runner.Grains is null
                ? DirectReplay.Run(scenario, applications)
                : await GrainReplay.RunAsync(runner.Grains, scenario, applications, ExperimentWatch.NewId());
        }

        var files = new OutputFiles();
        files.Add("awards.csv", AwardsCsv.Write(decisions));
        files.Add("results.json", ResultsJson.Write(report));
        // report.html and its charts (budget.png/.svg, spending-by-line.png/.svg).
        foreach ((string name, byte[] content) in ReportWriter.ForReplay(report, scenario, Path.GetFileName(registry)).Files()) files.Add(name, content);
        return files.CommitAndPrint(outDir, stdout, json, ResultsJson.Write(report), () => SummaryTable.Render(report, registry));
    }
}
