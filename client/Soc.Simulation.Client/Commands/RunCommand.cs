using Soc.Simulation.Client.Charts;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Hosting;
using Soc.Simulation.Client.Output;
using Soc.Simulation.GrantCall;
using Soc.Simulation.Register;
using Soc.Simulation.Results;
using Soc.Simulation.Scenarios;

namespace Soc.Simulation.Client.Commands;

/// <summary><c>socsim run</c>: replays a register of applications through the call on the embedded silo.</summary>
public static class RunCommand
{
    public static async Task<int> RunAsync(Arguments args, TextWriter stdout)
    {
        string? registry = args.Option("registry");
        string outDir = args.Option("out") ?? "out";
        IReadOnlyList<string> sets = args.Options("set");
        args.RejectUnknown(1, Usage.Run);
        if (registry is null)
        {
            throw new InputException(
                $"run: --registry <register.csv> is required: simulating future applications comes with the policy simulation\nusage: {Usage.Run}");
        }

        // Everything the user gave is read and checked before the silo starts or a file is written.
        Scenario scenario = ScenarioFile.Load(args.Positional[0], sets);
        IReadOnlyList<Application> applications = RegisterReader.ReadFile(registry);

        ReplayReport report;
        IReadOnlyList<AwardDecision> decisions;
        await using (EmbeddedSilo silo = await EmbeddedSilo.StartAsync())
        {
            (report, decisions) = await GrainReplay.RunAsync(silo.Grains, scenario, applications, Guid.NewGuid().ToString("N"));
        }

        var files = new OutputFiles();
        files.Add("awards.csv", AwardsCsv.Write(decisions));
        files.Add("results.json", ResultsJson.Write(report));
        files.Add(BudgetChart.FileName, BudgetChart.RenderPng(report));
        IReadOnlyList<string> written = files.Commit(outDir);

        stdout.Write(SummaryTable.Render(report, registry));
        stdout.WriteLine();
        stdout.WriteLine("wrote " + string.Join(", ", written));
        return 0;
    }
}
