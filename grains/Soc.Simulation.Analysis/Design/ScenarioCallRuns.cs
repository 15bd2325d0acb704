using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Analysis.Planning;
using Soc.Simulation.Analysis.Summaries;

namespace Soc.Simulation.Analysis.Design;

/// <summary>The scenario's own call run once on the check's seeds, summarised once, for every front design to be paired with.</summary>
internal sealed class ScenarioCallRuns(ReplicateResult[] runs, ulong seed)
{
    private readonly ReplicateResult[] _runs = [.. runs.OrderBy(r => r.Replicate)];
    private readonly ExperimentSummary _summary = ExperimentSummary.Aggregate("scenario", seed, runs);

    /// <summary>Each objective's difference design − scenario's call, paired by replicate (the same seed: common random numbers and parameter draws).</summary>
    public KpiDifference[] Versus(DesignProblem problem, ReplicateResult[] design, ulong seed)
    {
        ReplicateResult[] ordered = [.. design.OrderBy(r => r.Replicate)];
        ExperimentSummary summary = ExperimentSummary.Aggregate("design", seed, ordered);
        return [.. problem.Objectives.Select(o => ComparisonSummary.Difference(o.Kpi, _summary, summary, _runs, ordered))];
    }

    /// <summary>The call's objectives and its constraints on the output, as the front reports them beside its designs.</summary>
    public ScenarioCallOutcome Outcome(DesignProblem problem) => new(
        [.. problem.Objectives.Select(o => Goal.Mean(_runs, DesignSearch.KpiIndex(_runs, o.Kpi)))],
        [.. problem.Constraints.Where(c => c.Goal is not null).Select(c => c.Outcome([], problem.Levers, _runs))]);
}
