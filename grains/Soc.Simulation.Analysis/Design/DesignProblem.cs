using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model;

namespace Soc.Simulation.Analysis.Design;

/// <summary>
/// A call's design problem: the levers the search moves, the objectives it trades off and the constraints a design
/// must meet. It turns a design into the scenario's <c>--set</c> assignments and a design's replicates (all designs
/// run on the same seeds: common random numbers) into its score.
/// </summary>
public sealed class DesignProblem
{
    public DesignProblem(IReadOnlyList<DesignLever> levers, IReadOnlyList<DesignObjective> objectives, IReadOnlyList<DesignConstraint> constraints)
    {
        if (levers.Count == 0) throw new InputException("design: give at least one --lever");
        if (objectives.Count == 0) throw new InputException("design: give at least one --objective");
        string[] paths = [.. levers.SelectMany(l => l.Paths)];
        if (paths.Distinct(StringComparer.Ordinal).Count() != paths.Length) throw new InputException("design: a --lever path appears twice");
        Levers = levers;
        Objectives = objectives;
        Constraints = constraints;
    }

    public IReadOnlyList<DesignLever> Levers { get; }
    public IReadOnlyList<DesignObjective> Objectives { get; }
    public IReadOnlyList<DesignConstraint> Constraints { get; }

    public IReadOnlyList<DesignGene> Genes => [.. Levers.Select(l => l.Gene)];

    /// <summary>The design as its files show it, a lever each, in the levers' order (<c>a,b=x,y</c> for a linked lever).</summary>
    public string[] Assignments(double[] genes) => [.. Levers.Select((l, i) => l.Assignment(genes[i]))];

    /// <summary>The design as the scenario's <c>--set</c> assignments: one per field, a linked lever's fields each.</summary>
    public string[] Sets(double[] genes) => [.. Levers.SelectMany((l, i) => l.Sets(genes[i]))];

    /// <summary>True when the design breaks a constraint on a lever: it need not be simulated.</summary>
    public bool BreaksALever(double[] genes) => Constraints.Any(c => c.Goal is null && c.Violation(genes, Levers, null) > 0);

    /// <summary>
    /// A design's score from its replicates: each objective's mean over them (negated when maximised; a KPI with no
    /// value in any replicate, such as a cost per caused insertion when none is caused, is the worst value), and the
    /// constraints' total violation, those on the output at their cautious 95 % bound.
    /// </summary>
    public DesignEvaluation Score(double[] genes, IReadOnlyList<ReplicateResult>? runs)
    {
        double violation = Constraints.Where(c => c.Goal is null).Sum(c => c.Violation(genes, Levers, null));
        if (runs is null) return new DesignEvaluation([.. Objectives.Select(_ => double.PositiveInfinity)], Math.Max(violation, 1e-12));
        violation += Constraints.Where(c => c.Goal is not null).Sum(c => c.Violation(genes, Levers, runs));
        return new DesignEvaluation([.. Objectives.Select(o => Objective(o, runs))], violation);
    }

    /// <summary>An objective's mean over the replicates, as the search minimises it.</summary>
    public static double Objective(DesignObjective o, IReadOnlyList<ReplicateResult> runs)
    {
        int k = Array.IndexOf(runs[0].KpiNames, o.Kpi);
        if (k < 0) throw new InputException($"--objective {o}: unknown KPI '{o.Kpi}'; KPIs are {string.Join(", ", runs[0].KpiNames)}");
        double[] values = [.. runs.Select(r => r.Kpis[k]).Where(double.IsFinite)];
        if (values.Length == 0) return double.PositiveInfinity;
        return o.Maximise ? -values.Average() : values.Average();
    }
}
