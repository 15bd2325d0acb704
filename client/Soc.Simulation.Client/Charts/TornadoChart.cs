using System.Globalization;
using ScottPlot;
using Soc.Simulation.Analysis.Screening;
using Soc.Simulation.Model.Kpis;
using Soc.Simulation.Client.Languages;

namespace Soc.Simulation.Client.Charts;

/// <summary>
/// Recipe: a tornado. For the parameters with the largest |swing| (at most <see cref="MaxRows"/>), from the top
/// down, the KPI's mean with the parameter at value × (1 − δ) and at value × (1 + δ), each drawn as a bar from the
/// base mean (the vertical line); each row is labelled with the parameter's path and its low and high values.
/// </summary>
public sealed class TornadoChart : IChartRecipe<SensitivityView>
{
    public const string Name = "tornado";
    public const string Title = "Sensitivity: one parameter at a time";
    public const int MaxRows = 15;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Description(SensitivitySummary s)
    {
        int shown = Rows(s).Length;
        return $"Mean of {s.Kpi} ({KpiFormat.Label(s.Kpi, Say.Current)}) over {s.Replicates} replicates with one parameter moved alone to its value × (1 − {Percent(s.Delta)}) (blue) "
            + $"and × (1 + {Percent(s.Delta)}) (orange), the others at the base; the vertical line is the base mean, and each bar is labelled with its difference to it. "
            + $"The {shown} parameters with the largest |swing| (KPI at high − KPI at low) of the {s.Ranking.Count} ranked, largest at the top. "
            + "Every evaluation uses the same random numbers (paired replicates), so a parameter the KPI does not depend on has no bar. Whole-number parameters are rounded.";
    }

    public static RenderedChart Render(SensitivitySummary s)
    {
        ParameterSensitivity[] rows = Rows(s);
        KpiUnit kind = KpiFormat.UnitOf(s.Kpi);
        // Rates (fractions) are drawn in %, like the other charts.
        double scale = kind == KpiUnit.Share ? 100 : 1;
        double centre = s.BaseKpi.Mean * scale;
        double[] ends = [centre, .. rows.SelectMany(r => new[] { r.KpiLow * scale, r.KpiHigh * scale }).Where(v => !double.IsNaN(v))];
        double largest = ends.Where(v => !double.IsNaN(v)).Select(Math.Abs).DefaultIfEmpty(1).Max();
        Func<double, string> tick = kind switch
        {
            KpiUnit.Share or KpiUnit.Percent => Units.PercentTick,
            KpiUnit.Euros => Units.EuroTicks(largest),
            _ => Units.Count,
        };
        string unit = kind switch
        {
            KpiUnit.Share or KpiUnit.Percent => "%",
            KpiUnit.Euros => "€",
            _ => "count",
        };

        Plot plot = ChartStyle.NewPlot(Title,
            ChartStyle.Subtitle(s.Scenario, $"(±{Percent(s.Delta)}, {s.Replicates} paired replicates)"),
            $"{KpiFormat.Label(s.Kpi, Say.Current)} ({unit}; mean over replicates)", "");
        if (rows.Length == 0 || double.IsNaN(centre))
        {
            ChartStyle.Note(plot, "No parameter could be varied: see the table of parameters not ranked.", Alignment.MiddleCenter);
        }
        else
        {
            Draw(plot, s, rows, scale, centre);
            // Room on both sides of the bars for the value labels: about 7 px a character, in a data area of what
            // the row labels leave of the width.
            double low = ends.Min(), high = ends.Max();
            double span = high - low == 0 ? Math.Max(1, Math.Abs(centre) * 0.01) : high - low;
            int labelChars = rows.Max(r => Math.Max(Difference(s.Kpi, r.KpiLow - s.BaseKpi.Mean).Length, Difference(s.Kpi, r.KpiHigh - s.BaseKpi.Mean).Length));
            double labelPx = 7.0 * labelChars + 12;
            double areaPx = ChartStyle.Width - 40 - 7.2 * rows.Max(r => RowLabel(r).Length);
            double pad = span * labelPx / Math.Max(100, areaPx - 2 * labelPx);
            plot.Axes.SetLimitsX(low - pad, high + pad);
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = tick };
        plot.ShowLegend(Edge.Bottom);
        return ChartStyle.Finish(plot, Name, Title, Description(s), ChartStyle.Width, Math.Max(ChartStyle.Height, 190 + rows.Length * 46));
    }

    public const string MorrisName = "morris";
    public const string MorrisTitle = "Sensitivity: Morris elementary effects";

    public static string MorrisDescription(SensitivitySummary s, MorrisResult m) =>
        $"μ* = the mean absolute change of {s.Kpi} ({KpiFormat.Label(s.Kpi, Say.Current)}) when one parameter moves, scaled to its whole range value × (1 ∓ {Percent(s.Delta)}), "
        + $"over {m.Trajectories} random trajectories on a {m.Levels}-level grid (every parameter moves once in each, the others wherever the trajectory left them); "
        + $"the {Math.Min(MaxRows, m.Ranking.Count)} largest of the {m.Ranking.Count} parameters, largest at the top. Each label gives μ (the mean signed effect) and σ "
        + "(their spread: a σ as large as μ* means the effect depends on the other parameters or is not linear). Every evaluation uses the same random numbers.";

    /// <summary>The Morris screening as bars of μ*, largest at the top, each labelled with μ* and its μ and σ.</summary>
    public static RenderedChart RenderMorris(SensitivitySummary s)
    {
        MorrisResult m = s.Morris ?? throw new ArgumentException("not a Morris analysis", nameof(s));
        MorrisEffect[] rows = [.. m.Ranking.Where(r => !double.IsNaN(r.MuStar)).Take(MaxRows)];
        KpiUnit kind = KpiFormat.UnitOf(s.Kpi);
        double scale = kind == KpiUnit.Share ? 100 : 1;
        double largest = rows.Select(r => r.MuStar * scale).DefaultIfEmpty(1).Max();
        Func<double, string> tick = kind switch
        {
            KpiUnit.Share or KpiUnit.Percent => v => Units.PointsTick(v).TrimStart('+'),
            KpiUnit.Euros => Units.EuroTicks(largest),
            _ => Units.Count,
        };
        string unit = kind switch
        {
            KpiUnit.Share or KpiUnit.Percent => "percentage points",
            KpiUnit.Euros => "€",
            _ => "count",
        };

        Plot plot = ChartStyle.NewPlot(MorrisTitle,
            ChartStyle.Subtitle(s.Scenario, $"({m.Trajectories} trajectories over ±{Percent(s.Delta)}, {s.Replicates} paired replicates)"),
            $"μ*: mean |change| of {KpiFormat.Label(s.Kpi, Say.Current)} over the range ({unit})", "");
        if (rows.Length == 0)
        {
            ChartStyle.Note(plot, "No parameter could be varied: see the table of parameters not ranked.", Alignment.MiddleCenter);
        }
        else
        {
            string Label(MorrisEffect e) => $"{Magnitude(s.Kpi, e.MuStar)} (μ {Difference(s.Kpi, e.Mu)}, σ {Magnitude(s.Kpi, e.Sigma)})";
            CiBars.Item[] items = [.. rows.Select((e, i) => new CiBars.Item(i, 0, e.MuStar * scale, double.NaN, double.NaN, ChartStyle.Pick(0), Label(e)))];
            CiBars.Add(plot, [.. rows.Select(r => $"{ChartStyle.Shorten(r.Path, 48)} ({Value(r.LowValue)} | {Value(r.HighValue)})")],
                [new CiBars.Series("μ*", ChartStyle.Pick(0), items)], 0.7);
            double labelPx = 7.0 * items.Max(i => i.ValueLabel.Length) + 12;
            double areaPx = ChartStyle.Width - 40 - 7.2 * rows.Max(r => r.Path.Length + 20);
            double span = largest <= 0 ? 1 : largest;
            plot.Axes.SetLimitsX(0, span + span * labelPx / Math.Max(100, areaPx - labelPx));
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = tick };
        plot.HideLegend();
        return ChartStyle.Finish(plot, MorrisName, MorrisTitle, MorrisDescription(s, m), ChartStyle.Width, CiBars.HeightFor(rows.Length, 1));
    }

    /// <summary>The parameters drawn: the ranked ones that have a swing, largest |swing| first.</summary>
    public static ParameterSensitivity[] Rows(SensitivitySummary s) => [.. s.Ranking.Where(r => !double.IsNaN(r.Swing)).Take(MaxRows)];

    /// <summary>"call.monthlyAmountEur (1,050 | 1,283.34)": the path with the low and high values.</summary>
    public static string RowLabel(ParameterSensitivity p) => $"{ChartStyle.Shorten(p.Path, 48)} ({Value(p.LowValue)} | {Value(p.HighValue)})";

    private static void Draw(Plot plot, SensitivitySummary s, ParameterSensitivity[] rows, double scale, double centre)
    {
        double Y(int row) => rows.Length - 1 - row;
        const double half = 0.2, barSize = 0.38;
        foreach ((string legend, int colour, double offset, Func<ParameterSensitivity, double> value) in new (string, int, double, Func<ParameterSensitivity, double>)[]
        {
            ($"parameter × (1 − {Percent(s.Delta)})", 0, half, r => r.KpiLow),
            ($"parameter × (1 + {Percent(s.Delta)})", 1, -half, r => r.KpiHigh),
        })
        {
            Color color = ChartStyle.Pick(colour);
            var bars = rows.Select((r, i) => new Bar
            {
                Position = Y(i) + offset,
                ValueBase = centre,
                Value = double.IsNaN(value(r)) ? centre : value(r) * scale,
                FillColor = color,
                LineWidth = 0,
                Size = barSize,
                Orientation = Orientation.Horizontal,
            }).ToList();
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
            plottable.LegendText = legend;
            plottable.Color = color;

            for (int i = 0; i < rows.Length; i++)
            {
                double v = value(rows[i]);
                if (double.IsNaN(v)) continue;
                double end = v * scale;
                bool left = end < centre;
                var text = plot.Add.Text(Difference(s.Kpi, v - s.BaseKpi.Mean), end, Y(i) + offset);
                text.LabelFontSize = 11;
                text.LabelFontColor = Colors.Black;
                text.LabelAlignment = left ? Alignment.MiddleRight : Alignment.MiddleLeft;
                text.OffsetX = left ? -4 : 4;
            }
        }

        var baseLine = plot.Add.VerticalLine(centre, 1.5f, Colors.Black);
        baseLine.LegendText = $"base: {KpiFormat.Value(s.Kpi, s.BaseKpi.Mean, Say.Current)}";

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (int i = 0; i < rows.Length; i++) ticks.AddMajor(Y(i), RowLabel(rows[i]));
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.SetLimitsY(-0.7, rows.Length - 0.3);
    }

    /// <summary>A KPI difference to the base: rates in percentage points, euros and counts with a sign.</summary>
    private static string Difference(string kpi, double d) => d == 0 ? "0" : KpiFormat.Difference(kpi, d, Say.Current);

    /// <summary>A size of a KPI change (μ*, σ): rates in percentage points, euros and counts without a sign.</summary>
    private static string Magnitude(string kpi, double d) => double.IsNaN(d) ? "n/a" : d == 0 ? "0" : Difference(kpi, d).TrimStart('+');

    private static string Value(decimal v) => Math.Abs(v) >= 1000 ? v.ToString("#,##0.##", Invariant) : v.ToString("0.####", Invariant);

    private static string Percent(decimal fraction) => (fraction * 100).ToString("0.##", Invariant) + " %";

    string IChartRecipe<SensitivityView>.Name => Name;

    string IChartRecipe<SensitivityView>.Description => "Each parameter's swing of the KPI when it alone moves to value × (1 ∓ δ), with its 95% CI.";

    int IChartRecipe<SensitivityView>.Order => 10;

    bool IChartRecipe<SensitivityView>.AppliesTo(SensitivityView view) => view.Summary.Morris is null;

    IEnumerable<RenderedChart> IChartRecipe<SensitivityView>.Render(SensitivityView view) => [Render(view.Summary)];
}
