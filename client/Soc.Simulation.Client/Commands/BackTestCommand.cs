using System.Globalization;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Output;
using Soc.Simulation.Projection;
using Soc.Simulation.Register;
using Soc.Simulation.Scenarios;

namespace Soc.Simulation.Client.Commands;

/// <summary><c>socsim backtest</c>: projections from several cuts of a complete register against its known outcome.</summary>
public static class BackTestCommand
{
    public static int Run(Arguments args, TextWriter stdout)
    {
        string registry = args.Option("registry") ?? throw new InputException($"backtest: --registry <complete register.csv> is required\nusage: {Usage.BackTest}");
        string cutsRaw = args.Option("cuts") ?? "2022-11-15,2023-01-01,2023-02-15,2023-04-01,2023-05-15";
        int replicates = args.IntOption("replicates", 40, 2, 100_000);
        int seed = args.IntOption("seed", 1, 0, int.MaxValue);
        IReadOnlyList<string> sets = args.Options("set");
        string? outDir = args.Option("out");
        args.RejectUnknown(1, Usage.BackTest);

        DateOnly[] cuts = [.. cutsRaw.Split(',').Select(c => ProjectCommand.ParseDate(c.Trim(), "--cuts"))];
        Scenario scenario = ScenarioFile.Load(args.Positional[0], sets);
        IReadOnlyList<BackTestRow> rows = BackTest.Run(scenario, RegisterReader.ReadFile(registry), cuts, (ulong)seed, replicates);

        string header = "cut,known_applications,projected_committed_eur,p10_eur,p90_eur,actual_committed_eur,error_eur,error_pct_of_budget,actual_inside_p10_p90,projected_refused_budget,actual_refused_budget,path_error_eur,path_error_pct_of_budget,exhaustion_error_days";
        var lines = rows.Select(r => string.Join(',', r.Cut.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.KnownApplications,
            F(r.ProjectedCommittedEur), F(r.P10Eur), F(r.P90Eur), F(r.ActualCommittedEur), F(r.ErrorEur),
            F(100 * r.ErrorEur / (double)scenario.Call.BudgetEur), r.ActualInsideBand ? "true" : "false", F(r.ProjectedRefusedBudget), r.ActualRefusedBudget,
            F(r.PathErrorEur), F(100 * r.PathErrorEur / (double)scenario.Call.BudgetEur), r.ExhaustionErrorDays?.ToString(CultureInfo.InvariantCulture) ?? ""));
        string csv = header + "\n" + string.Join("\n", lines) + "\n";
        if (outDir is not null)
        {
            var files = new OutputFiles();
            files.Add("backtest.csv", csv);
            files.Commit(outDir);
        }

        stdout.Write(csv);
        return 0;
    }

    private static string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}
