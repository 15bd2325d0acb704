using ScottPlot;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Model.Kpis;
using Soc.Simulation.Client.Languages;

namespace Soc.Simulation.Client.Charts;

/// <summary>
/// Recipe: for each alternative, the paired difference alternative − base of the main rates (insertion, usage,
/// deadweight, the call running out…) in percentage points, with its 95% confidence interval.
/// </summary>
public sealed class ComparisonChart : IChartRecipe<ComparisonView>
{
    public const string Name = "comparison-rates";
    public const string Title = "Alternative − base: main rates";
    public const string Description = "Paired difference alternative − base over replicates run with the same random numbers, in percentage points; whiskers: 95% confidence interval of the mean difference. An interval that crosses zero means no clear difference.";

    public static RenderedChart Render(ComparisonSummary comparison) =>
        Draw(comparison, Name, Title, Description, "difference (percentage points; whiskers: 95% CI)", Units.PointsTick,
            kpi => KpiFormat.UnitOf(kpi) is KpiUnit.Share or KpiUnit.Percent,
            d => KpiFormat.UnitOf(d.Kpi) == KpiUnit.Percent ? 1 : 100,
            (d, v) => KpiFormat.Difference(d.Kpi, d.MeanDifference, Say.Current));

    /// <summary>
    /// Draws the differences of the main KPIs that <paramref name="include"/> selects, each scaled by
    /// <paramref name="scale"/> (NaN leaves the KPI out), one colour per alternative.
    /// </summary>
    internal static RenderedChart Draw(ComparisonSummary comparison, string name, string title, string description, string xLabel,
        Func<double, string> tick, Func<string, bool> include, Func<KpiDifference, double> scale, Func<KpiDifference, double, string> valueLabel)
    {
        IReadOnlyList<AlternativeComparison> alternatives = comparison.Differences;
        string[] kpis = [.. HeadlineKpis.Comparison.Where(k => include(k) && alternatives.Any(a => Usable(a, k, scale)))];
        int perRow = Math.Max(1, alternatives.Count);
        double size = 0.8 / perRow;
        var series = alternatives.Select((alt, j) =>
        {
            // Alternative j has the colour it has in the other comparison charts, where the base is colour 0.
            Color color = ChartStyle.Pick(j + 1);
            // The first alternative at the top of its row.
            double offset = (perRow - 1) / 2.0 * size - j * size;
            CiBars.Item[] items = [.. kpis.Select((kpi, row) => (kpi, row))
                .Where(x => Usable(alt, x.kpi, scale))
                .Select(x =>
                {
                    KpiDifference d = alt.Kpis.First(k => k.Kpi == x.kpi);
                    double f = scale(d);
                    return new CiBars.Item(x.row, offset, d.MeanDifference * f, d.Ci95Low * f, d.Ci95High * f, color, valueLabel(d, d.MeanDifference * f));
                })];
            return new CiBars.Series(ChartStyle.Shorten(alt.Name, 60), color, items);
        }).ToList();

        Plot plot = ChartStyle.NewPlot(title, ChartStyle.Subtitle(Say.T("base: ") + comparison.Base.Scenario, Say.F("({0} paired replicates)", comparison.Replicates)), xLabel, "");
        if (kpis.Length == 0)
        {
            ChartStyle.Note(plot, "No KPI of this kind differs in a way that can be drawn.", Alignment.MiddleCenter);
        }
        else
        {
            CiBars.Add(plot, [.. kpis.Select(k => KpiFormat.Label(k, Say.Current))], series, size * 0.85);
            var zero = plot.Add.VerticalLine(0, 1.5f, Colors.Black);
            zero.ExcludeFromLegend = true;
            // Room past the whiskers for the value labels: about 7 px a character, in a data area of what the
            // row labels leave of the width.
            CiBars.Item[] all = [.. series.SelectMany(s => s.Items)];
            double low = Math.Min(0, all.Select(i => double.IsNaN(i.Low) ? i.Value : Math.Min(i.Low, i.Value)).Min());
            double high = Math.Max(0, all.Select(i => double.IsNaN(i.High) ? i.Value : Math.Max(i.High, i.Value)).Max());
            double span = high - low == 0 ? 1 : high - low;
            double labelPx = 7.0 * all.Max(i => i.ValueLabel.Length) + 10;
            double areaPx = ChartStyle.Width - 30 - 7.5 * kpis.Max(k => KpiFormat.Label(k, Say.Current).Length);
            double pad = span * labelPx / Math.Max(100, areaPx - 2 * labelPx);
            plot.Axes.SetLimitsX(low - pad, high + pad);
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = tick };
        // Below the plot, where it hides no bar.
        plot.ShowLegend(Edge.Bottom);
        return ChartStyle.Finish(plot, name, title, description, ChartStyle.Width, CiBars.HeightFor(kpis.Length, perRow));
    }

    private static bool Usable(AlternativeComparison alt, string kpi, Func<KpiDifference, double> scale) =>
        alt.Kpis.FirstOrDefault(k => k.Kpi == kpi) is { } d && !double.IsNaN(d.MeanDifference) && !double.IsNaN(scale(d));

    string IChartRecipe<ComparisonView>.Name => Name;

    string IChartRecipe<ComparisonView>.Description => Description;

    int IChartRecipe<ComparisonView>.Order => 11;

    IEnumerable<RenderedChart> IChartRecipe<ComparisonView>.Render(ComparisonView view) => [Render(view.Comparison)];
}
