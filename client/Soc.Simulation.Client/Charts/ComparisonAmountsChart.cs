using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Model.Kpis;
using Soc.Simulation.Client.Languages;

namespace Soc.Simulation.Client.Charts;

/// <summary>
/// Recipe: for each alternative, the paired difference alternative − base of the main amounts and counts (spending,
/// cost per insertion, applications, subsidised hires), as a percentage of the base's mean so that euros and
/// counts share one axis; each bar is labelled with the difference in its own unit.
/// </summary>
public sealed class ComparisonAmountsChart : IChartRecipe<ComparisonView>
{
    public const string Name = "comparison-amounts";
    public const string Title = "Alternative − base: amounts and counts";
    public const string Description = "Paired difference alternative − base over replicates run with the same random numbers, as a percentage of the base's mean (the label gives it in euros or as a count); whiskers: 95% confidence interval. KPIs whose base mean is zero are left out.";

    public static RenderedChart Render(ComparisonSummary comparison) =>
        ComparisonChart.Draw(comparison, Name, Title, Description, "difference (% of the base mean; whiskers: 95% CI)", Units.RelativeTick,
            kpi => KpiFormat.UnitOf(kpi) is KpiUnit.Euros or KpiUnit.Count,
            d => d.Base.Mean is 0 or double.NaN ? double.NaN : 100 / Math.Abs(d.Base.Mean),
            (d, v) => $"{KpiFormat.Difference(d.Kpi, d.MeanDifference, Say.Current)} ({Units.RelativeTick(Math.Round(v, 1))})");

    string IChartRecipe<ComparisonView>.Name => Name;

    string IChartRecipe<ComparisonView>.Description => Description;

    int IChartRecipe<ComparisonView>.Order => 12;

    IEnumerable<RenderedChart> IChartRecipe<ComparisonView>.Render(ComparisonView view) => [Render(view.Comparison)];
}
