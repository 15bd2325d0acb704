using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.Results;

/// <summary>How many applications ended in each decision, and the ineligible ones by the rule that refused them.</summary>
public sealed record DecisionTally(int Applications, int Granted, int GrantedOnReassignment, int RefusedBudget, int RefusedIneligible,
    IReadOnlyDictionary<string, int> RefusedByRule)
{
    /// <summary>The tally of these decisions; a refusal's rule is its reason's first word (A1, B3, …).</summary>
    public static DecisionTally Of(IEnumerable<(DecisionKind Decision, string Reason)> decisions)
    {
        int applications = 0, granted = 0, reassigned = 0, budget = 0, ineligible = 0;
        var byRule = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach ((DecisionKind decision, string reason) in decisions)
        {
            applications++;
            switch (decision)
            {
                case DecisionKind.Granted: granted++; break;
                case DecisionKind.GrantedOnReassignment: reassigned++; break;
                case DecisionKind.RefusedBudget: budget++; break;
                case DecisionKind.RefusedIneligible:
                    ineligible++;
                    string rule = reason.Split(' ', 2)[0];
                    byRule[rule] = byRule.GetValueOrDefault(rule) + 1;
                    break;
            }
        }

        return new DecisionTally(applications, granted, reassigned, budget, ineligible, byRule);
    }
}
