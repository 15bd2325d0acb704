using Soc.Simulation.Experiments;
using Soc.Simulation.Projection;
using Soc.Simulation.Results;
using Soc.Simulation.Scenarios;

namespace Soc.Simulation.Client.Charts;

/// <summary>
/// The charts of each kind of run, in the order the report shows them. <see cref="Files"/> gives the PNG and
/// SVG files to add to an output folder.
/// </summary>
public static class ChartSet
{
    /// <summary>A register replay (<c>socsim run --registry</c>): the budget, and the payments by budget line.</summary>
    public static IReadOnlyList<RenderedChart> ForReplay(ReplayReport report, Scenario scenario) =>
        [BudgetChart.Render(report), SpendingByLineChart.Render(report, scenario.Call)];

    /// <summary>A Monte Carlo run (<c>socsim run</c> on a policy scenario).</summary>
    public static IReadOnlyList<RenderedChart> ForExperiment(ExperimentSummary summary, Scenario scenario)
    {
        var charts = new List<RenderedChart>
        {
            BudgetChart.Render(summary, scenario.Call),
            SpendingByLineChart.Render(summary, scenario.Call),
            SpendingBySourceChart.Render(summary),
            ExhaustionChart.Render(summary),
        };
        if (InsertionChart.KpisOf(summary).Count > 0) charts.Add(InsertionChart.Render(summary));
        return charts;
    }

    /// <summary>A comparison (<c>socsim compare</c>).</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="scenarios">The base scenario, then each alternative's, in the comparison's order.</param>
    public static IReadOnlyList<RenderedChart> ForComparison(ComparisonSummary comparison, IReadOnlyList<Scenario> scenarios)
    {
        var charts = new List<RenderedChart>
        {
            ComparisonChart.Render(comparison),
            ComparisonAmountsChart.Render(comparison),
            ComparisonBudgetChart.Render(comparison, scenarios),
        };
        if (InsertionChart.KpisOf(comparison.Base).Count > 0) charts.Add(InsertionChart.Render(comparison.Base));
        return charts;
    }

    /// <summary>A projection of a running call (<c>socsim project</c>).</summary>
    public static IReadOnlyList<RenderedChart> ForProjection(ProjectionSummary projection, Scenario scenario) =>
        [BudgetChart.Render(projection), SpendingByLineChart.Render(projection, scenario.Call), ExhaustionChart.Render(projection)];

    /// <summary>Each chart as <c>name.png</c> and <c>name.svg</c>, to add to an output folder.</summary>
    public static IReadOnlyList<(string FileName, byte[] Content)> Files(IEnumerable<RenderedChart> charts) => [.. charts.SelectMany(c => c.Files())];
}
