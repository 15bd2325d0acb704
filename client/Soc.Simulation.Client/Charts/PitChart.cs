using ScottPlot;
using Soc.Simulation.Analysis.Projection;

namespace Soc.Simulation.Client.Charts;

/// <summary>
/// Recipe: the calibration of a back-test, as a histogram of the probability integral transform (PIT) of the actual
/// final commitment among the replicates, over every cut of every register. A calibrated projection fills the ten
/// bins evenly; piles at both ends mean bands too narrow, a pile in the middle bands too wide, a slope a bias.
/// </summary>
public sealed class PitChart : IChartRecipe<BackTestView>
{
    public const string Name = "pit";
    public const string Title = "Back-test calibration: where the actual final commitment fell among the replicates (PIT)";
    public const string Description = "Histogram of the PIT (share of replicates below the actual final commitment) over all cuts and registers, with the count a calibrated projection would put in each bin.";

    public static RenderedChart Render(BackTestView view)
    {
        BackTestPooled pooled = view.Pooled;
        string subtitle = $"{pooled.Cases} cuts; inside P10–P90: {Units.Percent(pooled.Coverage, 0)} (nominal 80 %); median error {pooled.MedianErrorPctOfBudget:0.0} % of the budget";
        Plot plot = ChartStyle.NewPlot(Title, subtitle, "PIT of the actual final commitment", "cuts");
        var bars = pooled.PitHistogram.Select((count, i) => new Bar { Position = 0.05 + 0.1 * i, Value = count, Size = 0.09, FillColor = ChartStyle.Pick(0), LineWidth = 0, Label = count.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList();
        plot.Add.Bars(bars).ValueLabelStyle.FontSize = 12;
        double even = pooled.Cases / 10.0;
        var line = plot.Add.HorizontalLine(even, 2, Colors.Black, LinePattern.Dashed);
        line.LegendText = $"calibrated: {even:0.#} a bin";
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (int i = 0; i <= 10; i++) ticks.AddMajor(i / 10.0, (i / 10.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.SetLimits(-0.02, 1.02, 0, Math.Max(1, Math.Max(even, pooled.PitHistogram.DefaultIfEmpty(0).Max())) * 1.2);
        ChartStyle.Note(plot, "P10–P90 holds the actual when the PIT is from 0.1 to 0.9", Alignment.UpperLeft);
        plot.ShowLegend(Alignment.UpperRight);
        return ChartStyle.Finish(plot, Name, Title, Description);
    }

    string IChartRecipe<BackTestView>.Name => Name;

    string IChartRecipe<BackTestView>.Description => Description;

    int IChartRecipe<BackTestView>.Order => 10;

    IEnumerable<RenderedChart> IChartRecipe<BackTestView>.Render(BackTestView view) => [Render(view)];
}
