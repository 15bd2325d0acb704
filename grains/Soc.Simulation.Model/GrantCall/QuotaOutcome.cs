using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.GrantCall;

/// <summary>
/// How a call's participant quota came out (B7, I6): of the grants the call made, how many (and how many euros) went
/// to the group, and whether the group's share of the grants reached the quota's minimum.
/// </summary>
public sealed record QuotaOutcome(
    string Group,
    decimal MinShare,
    DateOnly ReservedUntil,
    int Granted,
    int GrantedInGroup,
    double ShareOfGranted,
    decimal GrantedEur,
    decimal GrantedInGroupEur,
    int RefusedWhileReserved,
    bool Met)
{
    /// <summary>The outcome of each quota of the call, from its applications and its decisions.</summary>
    public static IReadOnlyList<QuotaOutcome> Of(CallParameters call, IReadOnlyList<Application> applications, IReadOnlyList<AwardDecision> decisions)
    {
        if (call.Quotas.Count == 0) return [];
        Dictionary<string, Application> byId = applications.ToDictionary(a => a.ApplicationId, StringComparer.Ordinal);
        AwardDecision[] granted = [.. decisions.Where(d => d.Decision is DecisionKind.Granted or DecisionKind.GrantedOnReassignment)];
        int refusedWhileReserved = decisions.Count(d => d.Decision == DecisionKind.RefusedBudget && d.Reason.StartsWith("B7", StringComparison.Ordinal));
        return [.. call.Quotas.Select(q =>
        {
            AwardDecision[] inGroup = [.. granted.Where(d => QuotaBook.InGroup(byId[d.ApplicationId], q.Group))];
            double share = granted.Length == 0 ? double.NaN : (double)inGroup.Length / granted.Length;
            return new QuotaOutcome(
                Scenarios.QuotaGroupNames.Name(q.Group), q.MinShare, call.ReservedUntil(q), granted.Length, inGroup.Length, share,
                granted.Sum(d => d.GrantedEur), inGroup.Sum(d => d.GrantedEur),
                refusedWhileReserved, granted.Length > 0 && (decimal)inGroup.Length >= q.MinShare * granted.Length);
        })];
    }
}
