using Soc.Simulation.Analysis.Summaries;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Analysis.Planning;
using Soc.Simulation.Analysis.Screening;
using Soc.Simulation.Analysis.Projection;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Client.Charts;

/// <summary>
/// A chart recipe (ScottPlot's cookbook pattern): what it is called, what it shows, and how it is drawn from one kind
/// of results (<typeparamref name="TView"/>). <see cref="ChartSet"/> finds every recipe by reflection, so a new
/// chart is one class; one test draws every recipe from fixed-seed runs. A class may draw several kinds of results.
/// </summary>
public interface IChartRecipe<in TView>
{
    /// <summary>The file stem of the chart (name.png, name.svg); a recipe that draws several charts uses it as a prefix.</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>Where the chart comes among the charts of the same results, in the report.</summary>
    int Order { get; }

    /// <summary>False when the results have nothing for this chart to draw (no programme with participants, say).</summary>
    bool AppliesTo(TView view) => true;

    IEnumerable<RenderedChart> Render(TView view);
}

/// <summary>A register replay and its scenario.</summary>
public sealed record ReplayView(ReplayReport Report, Scenario Scenario);

/// <summary>A Monte Carlo run and its scenario.</summary>
public sealed record ExperimentView(ExperimentSummary Summary, Scenario Scenario);

/// <summary>A comparison; the base scenario, then each alternative's, in its order.</summary>
public sealed record ComparisonView(ComparisonSummary Comparison, IReadOnlyList<Scenario> Scenarios);

/// <summary>A projection of a running call and its scenario.</summary>
public sealed record ProjectionView(ProjectionSummary Projection, Scenario Scenario);

/// <summary>A back-test: its rows (every cut of every register) and their pooled calibration.</summary>
public sealed record BackTestView(IReadOnlyList<BackTestRow> Rows, BackTestPooled Pooled);

/// <summary>A sweep: its levers, its points in order, and the base scenario.</summary>
public sealed record SweepView(IReadOnlyList<SweepLever> Levers, IReadOnlyList<SweepPointResult> Results, Scenario Scenario);

/// <summary>A goal-seek and the lever it moved.</summary>
public sealed record PlanView(PlanResult Result, Lever Lever);

/// <summary>A design search: its front, its check and every design evaluated.</summary>
public sealed record DesignView(Analysis.Design.DesignResult Result);

/// <summary>A sensitivity analysis: one at a time, or Morris when <see cref="SensitivitySummary.Morris"/> is set.</summary>
public sealed record SensitivityView(SensitivitySummary Summary);

/// <summary>A Sobol' analysis: one chart per KPI.</summary>
public sealed record SobolView(SobolSummary Summary);
