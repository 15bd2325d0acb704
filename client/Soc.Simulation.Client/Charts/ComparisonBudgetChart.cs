using ScottPlot;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Client.Languages;

namespace Soc.Simulation.Client.Charts;

/// <summary>Recipe: the base's and each alternative's cumulative net committed (mean, P10–P90) against their budgets.</summary>
public sealed class ComparisonBudgetChart : IChartRecipe<ComparisonView>
{
    public const string Name = "comparison-budget";
    public const string Title = "30 Plus call: cumulative net committed, base and alternatives";
    public const string Description = "Cumulative net committed at the end of each month, mean over replicates with the P10–P90 band, for the base and each alternative; dashed: each one's budget.";

    /// <param name="comparison">The comparison.</param>
    /// <param name="scenarios">The base scenario, then each alternative's, in the comparison's order.</param>
    public static RenderedChart Render(ComparisonSummary comparison, IReadOnlyList<Scenario> scenarios)
    {
        ExperimentSummary[] runs = [comparison.Base, .. comparison.Alternatives];
        Plot plot = ChartStyle.NewPlot(Title, Say.F("{0} paired replicates, seed {1}", comparison.Replicates, comparison.Seed), "end of month", "cumulative net committed (€)");
        // Scenarios may simulate different periods: every path goes on the union of their months.
        string[] months = MonthAlignment.Union(runs.Select(r => r.Monthly["subsidyNetCommittedEur"]));
        double[] x = [.. months.Select(m => MonthAxis.End(m).ToOADate())];
        double top = 1;
        for (int i = 0; i < runs.Length; i++)
        {
            Color color = ChartStyle.Pick(i);
            SeriesPoint[] committed = MonthAlignment.Align(runs[i].Monthly["subsidyNetCommittedEur"], months, cumulative: true);
            string who = i == 0 ? Say.T("base") : ChartStyle.Shorten(runs[i].Scenario, 40);
            var band = plot.Add.FillY(x, [.. committed.Select(p => p.P10)], [.. committed.Select(p => p.P90)]);
            band.FillColor = color.WithAlpha(0.2);
            band.LineWidth = 0;
            band.MarkerSize = 0;
            var line = plot.Add.Scatter(x, [.. committed.Select(p => p.Mean)]);
            line.Color = color;
            line.LineWidth = 2.5f;
            line.MarkerSize = 0;
            line.LegendText = who + Say.T(": committed (mean, P10–P90)");
            top = Math.Max(top, committed.Max(p => p.P90));
            if (i < scenarios.Count)
            {
                double[] budget = BudgetChart.BudgetByMonth(scenarios[i].Call, months);
                var dashed = plot.Add.Scatter(x, budget);
                dashed.Color = color;
                dashed.LineWidth = 1.5f;
                dashed.LinePattern = LinePattern.Dashed;
                dashed.ConnectStyle = ConnectStyle.StepHorizontal;
                dashed.MarkerSize = 0;
                dashed.LegendText = who + Say.T(": budget");
                top = Math.Max(top, budget.Max());
            }
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Units.EuroTicks(top) };
        MonthAxis.MonthEndTicks(plot, months);
        if (x.Length > 0) plot.Axes.SetLimitsX(x[0] - 20, x[^1] + 20);
        plot.Axes.SetLimitsY(0, top * 1.1);
        plot.ShowLegend(Alignment.LowerRight);
        return ChartStyle.Finish(plot, Name, Title, Description);
    }

    string IChartRecipe<ComparisonView>.Name => Name;

    string IChartRecipe<ComparisonView>.Description => Description;

    int IChartRecipe<ComparisonView>.Order => 13;

    IEnumerable<RenderedChart> IChartRecipe<ComparisonView>.Render(ComparisonView view) => [Render(view.Comparison, view.Scenarios)];
}
