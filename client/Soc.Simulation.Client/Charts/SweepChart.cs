using System.Globalization;
using ScottPlot;
using Soc.Simulation.Analysis.Planning;
using Soc.Simulation.Model.Kpis;
using Soc.Simulation.Client.Languages;

namespace Soc.Simulation.Client.Charts;

/// <summary>Recipe: one KPI along the first lever of a sweep, with its 95% CI band; one line per value of the other levers.</summary>
public sealed class SweepChart : IChartRecipe<SweepView>
{
    public static RenderedChart Render(string kpi, IReadOnlyList<SweepLever> levers, IReadOnlyList<SweepPointResult> results, string scenario)
    {
        string lever = levers[0].Path;
        bool rate = kpi.Contains("Rate", StringComparison.Ordinal) || kpi.EndsWith("Share", StringComparison.Ordinal) || kpi == "callExhausted";
        bool euros = kpi.EndsWith("Eur", StringComparison.Ordinal);
        double scale = rate ? 100 : 1;
        Plot plot = ChartStyle.NewPlot($"{KpiFormat.Label(kpi, Say.Current)} along {lever}", ChartStyle.Subtitle(scenario, $"({results[0].Summary.Replicates} replicates per point, 95% CI)"),
            lever, rate ? $"{kpi} (%)" : euros ? $"{kpi} (€)" : kpi);
        var groups = results.GroupBy(r => string.Join(", ", r.Settings.Skip(1).Select(s => $"{s.Path}={s.Value}"))).ToList();
        int colour = 0;
        foreach (var group in groups)
        {
            SweepPointResult[] points = [.. group.OrderBy(r => X(r))];
            double[] x = [.. points.Select(X)];
            double[] mean = [.. points.Select(r => r.Summary.Kpis[kpi].Mean * scale)];
            double[] low = [.. points.Select(r => Finite(r.Summary.Kpis[kpi].Ci95Low, r.Summary.Kpis[kpi].Mean) * scale)];
            double[] high = [.. points.Select(r => Finite(r.Summary.Kpis[kpi].Ci95High, r.Summary.Kpis[kpi].Mean) * scale)];
            Color color = ChartStyle.Pick(colour++);
            var band = plot.Add.FillY(x, low, high);
            band.FillColor = color.WithAlpha(0.2);
            band.LineWidth = 0;
            var line = plot.Add.Scatter(x, mean);
            line.Color = color;
            line.LineWidth = 2;
            line.MarkerSize = 6;
            line.LegendText = group.Key.Length == 0 ? "mean" : group.Key;
        }

        if (euros) plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Units.EuroTicks(results.Max(r => r.Summary.Kpis[kpi].Mean)) };
        if (lever.EndsWith("Eur", StringComparison.Ordinal))
        {
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Units.EuroTicks(results.Max(X)) };
        }

        plot.ShowLegend(Alignment.UpperRight);
        return ChartStyle.Finish(plot, $"sweep-{kpi}", $"{KpiFormat.Label(kpi, Say.Current)} along {lever}", "The KPI's mean at each point of the sweep with its 95% confidence band.");
    }

    private static double X(SweepPointResult r) =>
        double.TryParse(r.Settings[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : r.Index;

    private static double Finite(double v, double fallback) => double.IsNaN(v) ? fallback : v;

    /// <summary>The KPIs drawn along a sweep, one chart each.</summary>
    public static readonly string[] Shown = ["insertionRate", "insertionsCausedByCall", "applicationsRefusedBudget", "callExhausted", "subsidyBudgetExecutionPct"];

    string IChartRecipe<SweepView>.Name => "sweep";

    string IChartRecipe<SweepView>.Description => "Each main KPI's mean at each point of the sweep with its 95% confidence band, one chart per KPI.";

    int IChartRecipe<SweepView>.Order => 10;

    IEnumerable<RenderedChart> IChartRecipe<SweepView>.Render(SweepView view) => Shown.Select(k => Render(k, view.Levers, view.Results, view.Scenario.Name));
}
