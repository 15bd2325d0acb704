using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Client.Languages;

namespace Soc.Simulation.Client.Charts;

/// <summary>
/// Recipe: spending in each month by funding source (C1): the SOC pays its share of the services and the whole
/// 30 Plus call; the city council pays the rest of the services.
/// </summary>
public sealed class SpendingBySourceChart : IChartRecipe<ExperimentView>
{
    public const string Name = "spending-by-source";
    public const string Title = "Monthly spending by funding source";
    public const string Description = "Mean spending in each month over replicates: SOC = its share of the services plus the 30 Plus subsidies paid net of refunds; city council = its share of the services (C1).";

    public static RenderedChart Render(ExperimentSummary summary)
    {
        IReadOnlyList<SeriesPoint> socServices = summary.Monthly["serviceSpendingSocEur"];
        IReadOnlyList<SeriesPoint> socSubsidy = summary.Monthly["subsidyPaidSocEur"];
        IReadOnlyList<SeriesPoint> council = summary.Monthly["serviceSpendingCityCouncilEur"];
        return MonthlyStack.Draw(Name, Title, Description, ChartStyle.Subtitle(summary.Scenario, Say.F("(mean of {0} replicates)", summary.Replicates)),
            [.. socServices.Select(p => p.Month)],
            [
                new("SOC: services", ScottPlot.Color.FromHex("#2F5D8A"), [.. socServices.Select(p => p.Mean)]),
                new("SOC: 30 Plus subsidies", ScottPlot.Color.FromHex("#8DB3D9"), [.. socSubsidy.Select(p => p.Mean)]),
                new("city council: services", ChartStyle.Pick(1), [.. council.Select(p => p.Mean)]),
            ]);
    }

    string IChartRecipe<ExperimentView>.Name => Name;

    string IChartRecipe<ExperimentView>.Description => Description;

    int IChartRecipe<ExperimentView>.Order => 30;

    IEnumerable<RenderedChart> IChartRecipe<ExperimentView>.Render(ExperimentView view) => [Render(view.Summary)];
}
