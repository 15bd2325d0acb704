using ScottPlot;
using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Client.Languages;

namespace Soc.Simulation.Client.Charts;

/// <summary>Recipe: insertion rates by group of participants and by service (area, programme), with 95% CIs.</summary>
public sealed class InsertionChart : IChartRecipe<ExperimentView>, IChartRecipe<ComparisonView>
{
    public const string Name = "insertion";
    public const string Title = "Insertion rate by group and by service";
    public const string Description = "Share of participants with a job contract while in the service or within the insertion window after it (mean over replicates, whiskers: 95% confidence interval), by group of participants, service area and programme.";

    private static readonly (string Legend, Func<string, string?> Label)[] Kinds =
    [
        ("by group of participants", GroupLabel),
        ("by service area", k => k.StartsWith("insertionRate_area_", StringComparison.Ordinal) ? Say.T("area: ") + k["insertionRate_area_".Length..] : null),
        ("by programme", k => k.StartsWith("insertionRate_programme_", StringComparison.Ordinal) ? Say.T("programme: ") + k["insertionRate_programme_".Length..] : null),
    ];

    /// <summary>The insertion KPIs of the run (names containing "nsertionRate").</summary>
    public static IReadOnlyList<string> KpisOf(ExperimentSummary summary) =>
        [.. summary.Kpis.Keys.Where(k => k.Contains("nsertionRate", StringComparison.Ordinal))];

    public static RenderedChart Render(ExperimentSummary summary)
    {
        var rows = new List<string>();
        var series = new List<CiBars.Series>();
        IReadOnlyList<string> kpis = KpisOf(summary);
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (int kind = 0; kind < Kinds.Length; kind++)
        {
            Color color = ChartStyle.Pick(kind == 0 ? 0 : kind == 1 ? 4 : 2);
            var items = new List<CiBars.Item>();
            foreach (string kpi in kpis)
            {
                string? label = Kinds[kind].Label(kpi);
                if (label is null || !used.Add(kpi)) continue;
                KpiEstimate e = summary.Kpis[kpi];
                rows.Add(Say.T(label));
                items.Add(new CiBars.Item(rows.Count - 1, 0, e.Mean * 100, e.Ci95Low * 100, e.Ci95High * 100, color, Units.Percent(e.Mean)));
            }

            if (items.Count > 0) series.Add(new CiBars.Series(Say.T(Kinds[kind].Legend), color, items));
        }

        Plot plot = ChartStyle.NewPlot(Title, ChartStyle.Subtitle(summary.Scenario, Say.F("({0} replicates)", summary.Replicates)), "insertion rate (% of participants; whiskers: 95% CI)", "");
        CiBars.Add(plot, rows, series, 0.7);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Units.PercentTick };
        plot.Axes.SetLimitsX(0, 100);
        plot.ShowLegend(Alignment.LowerRight);
        return ChartStyle.Finish(plot, Name, Title, Description, ChartStyle.Width, CiBars.HeightFor(rows.Count, 1));
    }

    private static string? GroupLabel(string kpi) => kpi switch
    {
        "insertionRate" => "all participants",
        "youthInsertionRate" => "under 30",
        "insertionRate30to44" => "aged 30–44",
        "insertionRate45plus" => "aged 45+",
        "longTermUnemployedInsertionRate" => "long-term unemployed",
        "noProgrammeInsertionRate" => "no programme",
        _ when kpi.Contains('_', StringComparison.Ordinal) => null,
        _ => kpi,
    };

    string IChartRecipe<ExperimentView>.Name => Name;

    string IChartRecipe<ExperimentView>.Description => Description;

    int IChartRecipe<ExperimentView>.Order => 50;

    bool IChartRecipe<ExperimentView>.AppliesTo(ExperimentView view) => KpisOf(view.Summary).Count > 0;

    IEnumerable<RenderedChart> IChartRecipe<ExperimentView>.Render(ExperimentView view) => [Render(view.Summary)];

    string IChartRecipe<ComparisonView>.Name => Name;

    string IChartRecipe<ComparisonView>.Description => Description;

    int IChartRecipe<ComparisonView>.Order => 50;

    bool IChartRecipe<ComparisonView>.AppliesTo(ComparisonView view) => KpisOf(view.Comparison.Base).Count > 0;

    /// <summary>In a comparison: the base's insertion by group.</summary>
    IEnumerable<RenderedChart> IChartRecipe<ComparisonView>.Render(ComparisonView view) => [Render(view.Comparison.Base)];
}
