using ScottPlot;
using Soc.Simulation.Analysis.Screening;
using Soc.Simulation.Client.Languages;
using Soc.Simulation.Model.Kpis;

namespace Soc.Simulation.Client.Charts;

/// <summary>
/// Recipe: for each KPI of a Sobol' analysis, each factor's first-order index S (its share of the KPI's variance alone)
/// and total index ST (with its interactions), in %, with their 95 % bootstrap intervals; the factors with the largest ST
/// (at most <see cref="MaxRows"/>) from the top down, chance among them.
/// </summary>
public sealed class SobolChart : IChartRecipe<SobolView>
{
    public const string Prefix = "sobol";
    public const string Title = "Global sensitivity: Sobol' indices";
    public const int MaxRows = 15;

    public string Name => Prefix;

    public string Description => "Each factor's first-order and total Sobol' index for a KPI, with 95 % bootstrap intervals.";

    public int Order => 10;

    public IEnumerable<RenderedChart> Render(SobolView view) => view.Summary.Kpis.Select(k => Render(view.Summary, k));

    /// <summary>The file stem of a KPI's chart: sobol-insertionRate.</summary>
    public static string NameFor(string kpi) => $"{Prefix}-{kpi}";

    public static FactorIndices[] Rows(KpiIndices k) =>
        [.. k.Factors.OrderByDescending(f => double.IsNaN(f.Total.Estimate) ? -1 : f.Total.Estimate).ThenBy(f => f.Factor, StringComparer.Ordinal).Take(MaxRows)];

    public static RenderedChart Render(SobolSummary s, KpiIndices k)
    {
        FactorIndices[] rows = Rows(k);
        string label = KpiFormat.Label(k.Kpi, Say.Current);
        string title = $"{Title} · {ChartStyle.Shorten(label, 40)}";
        Plot plot = ChartStyle.NewPlot(title, ChartStyle.Subtitle(ChartStyle.Shorten(s.Scenario, 60), $"(N = {s.Samples}, {s.Simulations} simulations)"),
            $"share of the variance of {ChartStyle.Shorten(label, 50)} (%)", "");
        if (k.Note is not null)
        {
            ChartStyle.Note(plot, $"No indices for {k.Kpi}: {k.Note}.", Alignment.MiddleCenter);
        }
        else
        {
            static string Pct(double v) => double.IsNaN(v) ? "n/a" : Units.Percent(v, 0);
            CiBars.Series Series(string legend, int colour, double offset, Func<FactorIndices, SobolIndex> index) => new(legend, ChartStyle.Pick(colour),
                [.. rows.Select((f, i) => new CiBars.Item(i, offset, index(f).Estimate * 100, index(f).Ci95Low * 100, index(f).Ci95High * 100, ChartStyle.Pick(colour), Pct(index(f).Estimate)))]);
            CiBars.Add(plot, [.. rows.Select(f => ChartStyle.Shorten(f.Factor, 52))],
                [Series("S: first order (alone)", 0, 0.2, f => f.FirstOrder), Series("ST: total (with interactions)", 1, -0.2, f => f.Total)], 0.36);
            double[] ends = [.. rows.SelectMany(f => new[] { f.FirstOrder.Estimate, f.FirstOrder.Ci95Low, f.FirstOrder.Ci95High, f.Total.Estimate, f.Total.Ci95Low, f.Total.Ci95High })
                .Where(double.IsFinite).Select(v => v * 100)];
            double low = Math.Min(0, ends.DefaultIfEmpty(0).Min()), high = Math.Max(10, ends.DefaultIfEmpty(10).Max());
            // Room for the value labels, written past each whisker on either side.
            double pad = (high - low) * 0.12;
            plot.Axes.SetLimitsX(low < 0 ? low - pad : -1, high + pad);
            plot.ShowLegend(Edge.Bottom);
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Units.PercentTick };
        return ChartStyle.Finish(plot, NameFor(k.Kpi), title, Describe(s, k, rows.Length), ChartStyle.Width, CiBars.HeightFor(rows.Length, 2));
    }

    private static string Describe(SobolSummary s, KpiIndices k, int shown) =>
        $"Sobol' indices of {k.Kpi} ({KpiFormat.Label(k.Kpi, Say.Current)}) over the scenario's priors, from a Saltelli design of N = {s.Samples} rows "
        + $"({s.Evaluations} points × {s.Replicates} replicate(s) = {s.Simulations} simulations). Blue: S, the share of the KPI's variance a factor explains alone; "
        + "orange: ST, with its interactions. Whiskers: 95 % bootstrap intervals over the rows. 'chance' is the replicates' random numbers: its ST is the share no assumption explains. "
        + $"The {shown} factors with the largest ST of {k.Factors.Count}. With few rows the intervals are wide and S can come out below 0; more rows (--samples) narrow them.";
}
