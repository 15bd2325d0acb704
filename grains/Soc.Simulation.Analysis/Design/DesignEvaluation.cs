namespace Soc.Simulation.Analysis.Design;

/// <summary>
/// What a design scored: its objectives, each to be minimised (a maximised KPI enters negated), and how far it is
/// from meeting its constraints (0: it meets them all; otherwise the sum of the amounts by which each is missed).
/// </summary>
public sealed record DesignEvaluation(double[] Objectives, double Violation)
{
    public bool Feasible => Violation <= 0;

    /// <summary>
    /// Deb's constrained domination: a feasible design beats an infeasible one, of two infeasible ones the one that
    /// misses by less wins, and of two feasible ones the one no worse in every objective and better in one.
    /// </summary>
    public bool Dominates(DesignEvaluation other)
    {
        if (Feasible != other.Feasible) return Feasible;
        if (!Feasible) return Violation < other.Violation;
        bool better = false;
        for (int i = 0; i < Objectives.Length; i++)
        {
            if (Objectives[i] > other.Objectives[i]) return false;
            if (Objectives[i] < other.Objectives[i]) better = true;
        }

        return better;
    }
}
