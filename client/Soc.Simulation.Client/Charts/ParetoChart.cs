using System.Globalization;
using ScottPlot;
using Soc.Simulation.Analysis.Design;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Client.Languages;
using Soc.Simulation.Model.Kpis;

namespace Soc.Simulation.Client.Charts;

/// <summary>
/// Recipe: the Pareto front of a design search on its first two objectives (with one objective, against the first
/// lever): every design evaluated, the front with each objective's 95% interval, and the check of each front design
/// with fresh seeds and twice the replicates.
/// </summary>
public sealed class ParetoChart : IChartRecipe<DesignView>
{
    public const string Name = "pareto";

    public static RenderedChart Render(DesignResult r)
    {
        string[] kpis = [.. r.Objectives.Select(DesignText.ObjectiveKpi)];
        bool two = kpis.Length >= 2;
        string xLabel = two ? Label(kpis[0]) : DesignText.LeverPaths(r).First(), yLabel = Label(two ? kpis[1] : kpis[0]);
        string title = two ? Say.T("Pareto front of the designs") : Say.F("Designs: {0}", KpiFormat.Label(kpis[0], Say.Current));
        Plot plot = ChartStyle.NewPlot(title, ChartStyle.Subtitle(r.Scenario, Say.F("({0} designs, {1} replicates each; front checked with {2}, 95% CI)", r.Evaluations, r.Replicates, r.CheckReplicates)), xLabel, yLabel);
        double X(DesignOutcome d, int at) => two ? d.Objectives[0].Mean : Lever(d);
        double Y(DesignOutcome d) => d.Objectives[two ? 1 : 0].Mean;

        DesignOutcome[] simulated = [.. r.Evaluated.Where(d => d.Simulated && double.IsFinite(X(d, 0)) && double.IsFinite(Y(d)))];
        Scatter(plot, [.. simulated.Where(d => !d.Feasible)], X, Y, Colors.Gray.WithAlpha(0.35), MarkerShape.Eks, 5, Say.T("misses a constraint"));
        Scatter(plot, [.. simulated.Where(d => d.Feasible)], X, Y, Colors.Gray.WithAlpha(0.6), MarkerShape.FilledCircle, 5, Say.T("meets the constraints"));
        DesignOutcome[] front = [.. r.Front.Select(p => p.Search)], check = [.. r.Front.Select(p => p.Check)];
        Bars(plot, front, two, ChartStyle.Pick(0));
        Scatter(plot, front, X, Y, ChartStyle.Pick(0), MarkerShape.FilledCircle, 9, Say.T("Pareto front (search)"));
        Bars(plot, check, two, ChartStyle.Pick(1));
        Scatter(plot, [.. check.Where(d => d.Feasible)], X, Y, ChartStyle.Pick(1), MarkerShape.FilledDiamond, 9, Say.F("check: fresh seed, {0} replicates", r.CheckReplicates));
        Scatter(plot, [.. check.Where(d => !d.Feasible)], X, Y, Colors.Red, MarkerShape.OpenDiamond, 11, Say.T("check misses a constraint"));
        if (Euros(two ? kpis[0] : "")) plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Units.EuroTicks(simulated.Select(d => X(d, 0)).DefaultIfEmpty(1).Max()) };
        if (Euros(two ? kpis[1] : kpis[0])) plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Units.EuroTicks(simulated.Select(Y).DefaultIfEmpty(1).Max()) };
        // A day lever (call.filingEnd=…) is plotted at its day number and labelled as a day.
        if (!two && r.Evaluated.Count > 0 && DesignLever.Day(DesignText.LeverValues(r.Evaluated[0]).First()) is not null)
        {
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
            {
                LabelFormatter = v => DateOnly.FromDayNumber((int)Math.Round(v)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
        }

        plot.ShowLegend(Alignment.UpperRight);
        return ChartStyle.Finish(plot, Name, title, "Every design the search evaluated, the Pareto front of those that meet the constraints with each objective's 95% interval, and each front design checked with a fresh seed and twice the replicates.");
    }

    private static void Scatter(Plot plot, DesignOutcome[] designs, Func<DesignOutcome, int, double> x, Func<DesignOutcome, double> y, Color color, MarkerShape shape, float size, string label)
    {
        if (designs.Length == 0) return;
        double[] xs = [.. designs.Select(d => x(d, 0))], ys = [.. designs.Select(y)];
        var points = plot.Add.ScatterPoints(xs, ys);
        points.Color = color;
        points.MarkerShape = shape;
        points.MarkerSize = size;
        points.LegendText = label;
    }

    /// <summary>Each design's 95% interval on the vertical objective, and on the horizontal one when it is an objective too.</summary>
    private static void Bars(Plot plot, DesignOutcome[] designs, bool two, Color color)
    {
        foreach (DesignOutcome d in designs)
        {
            KpiEstimate y = d.Objectives[two ? 1 : 0];
            double x = two ? d.Objectives[0].Mean : Lever(d);
            if (double.IsFinite(y.Ci95Low) && double.IsFinite(y.Ci95High)) Line(plot, x, y.Ci95Low, x, y.Ci95High, color);
            if (two && d.Objectives[0] is { } e && double.IsFinite(e.Ci95Low) && double.IsFinite(e.Ci95High)) Line(plot, e.Ci95Low, y.Mean, e.Ci95High, y.Mean, color);
        }
    }

    private static void Line(Plot plot, double x1, double y1, double x2, double y2, Color color)
    {
        var line = plot.Add.Line(x1, y1, x2, y2);
        line.Color = color.WithAlpha(0.5);
        line.LineWidth = 2;
    }

    private static double Lever(DesignOutcome d) =>
        double.TryParse(DesignText.LeverValues(d).First(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : d.Genes[0];

    private static bool Euros(string kpi) => kpi.EndsWith("Eur", StringComparison.Ordinal);

    private static string Label(string kpi) => Euros(kpi) ? $"{kpi} (€)" : kpi;

    string IChartRecipe<DesignView>.Name => Name;

    string IChartRecipe<DesignView>.Description => "The Pareto front of the designs that meet the constraints, with the objectives' 95% intervals and the check with fresh seeds.";

    int IChartRecipe<DesignView>.Order => 10;

    IEnumerable<RenderedChart> IChartRecipe<DesignView>.Render(DesignView view) => [Render(view.Result)];
}
