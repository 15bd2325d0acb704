using ScottPlot;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Analysis.Projection;
using Soc.Simulation.Client.Languages;

namespace Soc.Simulation.Client.Charts;

/// <summary>
/// Recipe: in which month the call's budget ran out (the first eligible application refused for budget), as the
/// share of replicates; the replicates where it never ran out are stated in the title.
/// </summary>
public sealed class ExhaustionChart : IChartRecipe<ExperimentView>, IChartRecipe<ProjectionView>
{
    public const string Name = "exhaustion";
    public const string Title = "30 Plus call: month the budget ran out";
    public const string Description = "Share of replicates in which the first eligible application was refused for lack of budget in each month; the share of replicates where the budget never ran out is given in the title.";

    public static RenderedChart Render(ExperimentSummary summary) => Render(summary.Exhaustion, summary.Replicates, ChartStyle.Shorten(summary.Scenario, 95));

    public static RenderedChart Render(ProjectionSummary projection) =>
        Render(projection.Exhaustion, projection.Replicates, ChartStyle.Subtitle(projection.Scenario, Say.F("(projection as of {0})", Say.Date(projection.AsOf))));

    public static RenderedChart Render(ExhaustionDistribution exhaustion, int replicates, string scenario)
    {
        double never = 1 - exhaustion.Probability;
        string title = Say.T(Title) + Say.F(" (never ran out in {0} of {1} replicates)", Units.Percent(never, 0), replicates);
        Plot plot = ChartStyle.NewPlot(title, scenario, "month the budget ran out", "share of replicates (%)");

        IReadOnlyList<string> months = exhaustion.ByMonth.Count == 0 ? [] : Padded(exhaustion.ByMonth.Keys.Min(StringComparer.Ordinal)!, exhaustion.ByMonth.Keys.Max(StringComparer.Ordinal)!);
        if (months.Count == 0)
        {
            ChartStyle.Note(plot, Say.F("The budget did not run out in any of the {0} replicates.", replicates), Alignment.MiddleCenter);
            plot.Axes.SetLimits(0, 1, 0, 100);
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.EmptyTickGenerator();
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0, 20, 40, 60, 80, 100], ["0 %", "20 %", "40 %", "60 %", "80 %", "100 %"]);
        }
        else
        {
            var bars = months.Select((m, i) => new Bar
            {
                Position = i,
                Value = 100.0 * exhaustion.ByMonth.GetValueOrDefault(m) / replicates,
                FillColor = ChartStyle.Pick(3),
                LineWidth = 0,
                Size = 0.7,
            }).ToList();
            foreach (Bar bar in bars.Where(b => b.Value > 0)) bar.Label = Units.PercentTick(bar.Value);
            var plottable = plot.Add.Bars(bars);
            plottable.ValueLabelStyle.FontSize = 12;
            MonthAxis.SlotTicks(plot, months);
            plot.Axes.SetLimitsX(-0.6, months.Count - 0.4);
            double highest = bars.Max(b => b.Value);
            plot.Axes.SetLimitsY(0, highest * 1.15);
            // Ticks stop at 100 %: the room above is for the bars' labels.
            double step = highest <= 30 ? 5 : highest <= 60 ? 10 : 20;
            var ticks = new ScottPlot.TickGenerators.NumericManual();
            for (double t = 0; t <= Math.Min(100, highest * 1.15) + 1e-9; t += step) ticks.AddMajor(t, Units.PercentTick(t));
            plot.Axes.Left.TickGenerator = ticks;
            if (exhaustion.Median is DateOnly median)
            {
                ChartStyle.Note(plot, Say.F("P10 {0}, median {1}, P90 {2}", Units.Date(exhaustion.P10), Units.Date(median), Units.Date(exhaustion.P90)), Alignment.UpperLeft);
            }
        }

        return ChartStyle.Finish(plot, Name, title, Description);
    }

    /// <summary>The months from first to last, widened to at least six so that a single month is not one huge bar.</summary>
    private static IReadOnlyList<string> Padded(string first, string last)
    {
        IReadOnlyList<string> months = MonthAxis.Range(first, last);
        DateTime start = MonthAxis.Start(first), end = MonthAxis.Start(last);
        while (months.Count < 6)
        {
            start = start.AddMonths(-1);
            if (months.Count + 1 < 6) end = end.AddMonths(1);
            months = MonthAxis.Range(MonthAxis.Key(start), MonthAxis.Key(end));
        }

        return months;
    }

    string IChartRecipe<ExperimentView>.Name => Name;

    string IChartRecipe<ExperimentView>.Description => Description;

    int IChartRecipe<ExperimentView>.Order => 40;

    IEnumerable<RenderedChart> IChartRecipe<ExperimentView>.Render(ExperimentView view) => [Render(view.Summary.Exhaustion, view.Summary.Replicates, view.Summary.Scenario)];

    string IChartRecipe<ProjectionView>.Name => Name;

    string IChartRecipe<ProjectionView>.Description => Description;

    int IChartRecipe<ProjectionView>.Order => 40;

    IEnumerable<RenderedChart> IChartRecipe<ProjectionView>.Render(ProjectionView view) => [Render(view.Projection)];
}
