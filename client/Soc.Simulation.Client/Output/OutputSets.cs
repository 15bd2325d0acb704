using System.Text.Json;
using Soc.Simulation.Client.Charts;
using Soc.Simulation.Client.Output.Spreadsheets;
using Soc.Simulation.Client.Report;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Analysis.Planning;
using Soc.Simulation.Analysis.Design;
using Soc.Simulation.Analysis.Screening;
using Soc.Simulation.Analysis.Projection;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Model.Portfolio;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Abstractions.Portfolio;

namespace Soc.Simulation.Client.Output;

/// <summary>
/// The files of each kind of results, each file written by one function here: whoever produces results — the command
/// line now, the web app later — writes the same bytes. The first JSON file is the one <c>--json</c> prints.
/// </summary>
public static class OutputSets
{
    /// <summary>JSON in the scenario files' conventions, one trailing newline: no clock, no host, same input same bytes.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, ScenarioJson.Options) + "\n";

    /// <summary><c>socsim run --registry</c>: awards, results, their spreadsheets, the report and its charts.</summary>
    public static OutputFiles Replay(ReplayReport report, IReadOnlyList<AwardDecision> decisions, Scenario scenario, string? registerName)
    {
        // awards.xlsx, a row per application, takes as long as all the others together (a million rows: 5 s): it is
        // written on another core meanwhile. Each file is the same either way.
        byte[] awardsSheet = [];
        var files = new OutputFiles();
        Parallel.Invoke(
            () => awardsSheet = ReplaySheets.Awards(decisions),
            () => files
                .Printed("results.json", Json(report))
                .With("awards.csv", AwardsCsv.Utf8(decisions))
                .With("decision-trail.csv", DecisionTrailCsv.Utf8(decisions))
                .With("results.xlsx", ReplaySheets.Results(report))
                .With(ReportWriter.ForReplay(report, scenario, registerName).Files()));
        return files.With("awards.xlsx", awardsSheet);
    }

    /// <summary><c>socsim portfolio</c>: the portfolio's figures, its lines by month, its employers' aid, and each call's awards and results.</summary>
    public static OutputFiles Portfolio(PortfolioReport report, Abstractions.Portfolio.Portfolio portfolio, IReadOnlyList<CallRegister> registers, PortfolioResult result)
    {
        OutputFiles files = new OutputFiles()
            .Printed("portfolio.json", Json(report))
            .With("portfolio.xlsx", PortfolioSheets.Write(report, result))
            .With("lines.csv", PortfolioCsv.Lines(result.Lines))
            .With("de-minimis.csv", PortfolioCsv.DeMinimis(result.Employers));
        for (int i = 0; i < portfolio.Calls.Count; i++)
        {
            PortfolioCall call = portfolio.Calls[i];
            CallResult r = result.Calls[i];
            files.Add($"awards-{call.Id}.csv", AwardsCsv.Utf8(r.Decisions));
            files.Add($"decision-trail-{call.Id}.csv", DecisionTrailCsv.Utf8(r.Decisions));
            Application[] applications = registers.FirstOrDefault(g => g.CallId == call.Id)?.Applications ?? [];
            ReplayReport replay = ReplayReport.Build(call.Name, r.Summary, r.Decisions, CallBooks.Lines(call.Call, r.Books))
                with
                {
                    Quotas = QuotaOutcome.Of(call.Call, applications, r.Decisions),
                    Promoters = [.. result.Promoters.Where(p => p.Year == call.FiscalYear && call.Call.Promoters.Any(q => q.Id == p.PromoterId))],
                };
            files.Add($"results-{call.Id}.json", Json(replay));
        }

        return files;
    }

    /// <summary><c>socsim run</c> on a policy scenario, and <c>socsim fetch</c>.</summary>
    public static OutputFiles Experiment(ExperimentSummary summary, IReadOnlyList<ReplicateResult> results, Scenario scenario) => new OutputFiles()
        .Printed("results.json", Json(summary))
        .With("results.xlsx", ExperimentSheets.Results(summary, results))
        .With("replicates.csv", ReplicatesCsv.Write(results))
        .With(ReportWriter.ForExperiment(summary, scenario).Files());

    public static OutputFiles Comparison(ComparisonSummary summary, IReadOnlyList<Scenario> scenarios) => new OutputFiles()
        .Printed("compare.json", Json(summary))
        .With("compare.csv", ComparisonCsv.Write(summary))
        .With("compare.xlsx", ComparisonSheets.Write(summary))
        .With(ReportWriter.ForComparison(summary, scenarios).Files());

    public static OutputFiles Projection(ProjectionSummary summary, Scenario scenario) => new OutputFiles()
        .Printed("projection.json", Json(summary))
        .With("projection.csv", ProjectionCsv.Write(summary))
        .With("projection.xlsx", ProjectionSheets.Write(summary))
        .With(ReportWriter.ForProjection(summary, scenario).Files());

    /// <summary><c>socsim backtest</c>: the rows, the pooled calibration (backtest-summary.json) and the PIT chart.</summary>
    public static OutputFiles BackTest(IReadOnlyList<BackTestRow> rows, decimal budgetEur) => new OutputFiles()
        .Printed("backtest.csv", BackTestCsv.Write(rows, budgetEur))
        .With("backtest.xlsx", ProjectionSheets.BackTest(rows, budgetEur))
        .With("backtest-summary.json", Json(BackTestPooled.Of(rows, budgetEur)))
        .With(ChartSet.Files(ChartSet.For(new BackTestView(rows, BackTestPooled.Of(rows, budgetEur)))));

    public static OutputFiles Sweep(IReadOnlyList<SweepLever> levers, IReadOnlyList<SweepPointResult> results, Scenario scenario) => new OutputFiles()
        .Printed("sweep.json", Json(results))
        .With("sweep.csv", SweepCsv.Write(levers, results))
        .With("sweep.xlsx", PlanningSheets.Sweep(levers, results))
        .With(SweepReport.For(levers, results, scenario).Files());

    public static OutputFiles Plan(PlanResult result, Scenario scenario, Lever lever) => new OutputFiles()
        .Printed("plan.json", Json(result))
        .With("plan.xlsx", PlanningSheets.Plan(result))
        .With(PlanReport.For(result, scenario, lever).Files());

    /// <summary><c>socsim design</c>: the search and its front (design.json), the front as a table, every design, the Pareto chart and the report.</summary>
    public static OutputFiles Design(DesignResult result, Scenario scenario) => new OutputFiles()
        .Printed("design.json", Json(result))
        .With("design.csv", DesignCsv.Write(result))
        .With("design.xlsx", DesignSheets.Write(result))
        .With(DesignReport.For(result, scenario).Files());

    public static OutputFiles Sensitivity(SensitivitySummary summary, Scenario scenario) => new OutputFiles()
        .Printed("sensitivity.json", Json(summary))
        .With("sensitivity.csv", SensitivityCsv.Write(summary))
        .With("sensitivity.xlsx", PlanningSheets.Sensitivity(summary))
        .With(SensitivityReport.ForSensitivity(summary, scenario).Files());

    /// <summary><c>socsim sensitivity --method sobol</c>: the indices of every KPI, their spreadsheet, a chart per KPI and the report.</summary>
    public static OutputFiles Sobol(SobolSummary summary, Scenario scenario) => new OutputFiles()
        .Printed("sensitivity.json", Json(summary))
        .With("sensitivity.csv", SobolCsv.Write(summary))
        .With("sensitivity.xlsx", PlanningSheets.Sobol(summary))
        .With(SobolReport.For(summary, scenario).Files());
}
