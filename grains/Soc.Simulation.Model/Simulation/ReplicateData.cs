using Soc.Simulation.GrantCall;
using Soc.Simulation.Results;
using Soc.Simulation.Scenarios;

namespace Soc.Simulation.Simulation;

/// <summary>Everything a replicate produced, merged over cohorts, for the reporters to read.</summary>
public sealed class ReplicateData
{
    public ReplicateData(SimulationSetup setup, CohortReport[] cohorts, AwardDecision[] decisions, CallSummary summary, LineLedger[] ledger, MonthlyCounts monthly)
    {
        Setup = setup;
        Decisions = decisions;
        Summary = summary;
        Monthly = monthly;
        Ledger = ReplayReport.Build(setup.Scenario.Name, summary, decisions, ledger);
        Participants = Merge(cohorts.Select(c => c.Participants));
        Insertions = Merge(cohorts.Select(c => c.Insertions));
        BackToStudies = Merge(cohorts.Select(c => c.BackToStudies));
        PermanentInsertions = cohorts.Sum(c => c.PermanentInsertions);
        GuidanceUsers = cohorts.Sum(c => c.GuidanceUsers);
        PlacesUsed = [.. Enumerable.Range(0, setup.Programmes.Count).Select(i => cohorts.Sum(c => c.PlacesUsed[i]))];
        var caused = new HashSet<string>(cohorts.SelectMany(c => c.CausedApplications), StringComparer.Ordinal);
        // A subsidised insertion is a grant still standing at the end: granted, and not renounced (all refunded).
        AwardDecision[] standing = [.. decisions.Where(d => d.Decision is DecisionKind.Granted or DecisionKind.GrantedOnReassignment && d.PaidEur > d.RefundedEur)];
        GrossSubsidised = standing.Length;
        NetSubsidised = standing.Count(d => caused.Contains(d.ApplicationId));
    }

    public SimulationSetup Setup { get; }
    public AwardDecision[] Decisions { get; }
    public CallSummary Summary { get; }
    public MonthlyCounts Monthly { get; }
    public ReplayReport Ledger { get; }
    public Dictionary<string, int> Participants { get; }
    public Dictionary<string, int> Insertions { get; }
    public Dictionary<string, int> BackToStudies { get; }
    public int PermanentInsertions { get; }
    public int GuidanceUsers { get; }
    public int[] PlacesUsed { get; }
    public int GrossSubsidised { get; }
    public int NetSubsidised { get; }

    /// <summary>Share of a group that found a job; NaN for an empty group.</summary>
    public double Rate(string group) =>
        Participants.TryGetValue(group, out int n) && n > 0 ? (double)Insertions.GetValueOrDefault(group) / n : double.NaN;

    public double StudiesRate(string group) =>
        Participants.TryGetValue(group, out int n) && n > 0 ? (double)BackToStudies.GetValueOrDefault(group) / n : double.NaN;

    /// <summary>What a programme spent: places used × cost, or its whole budget for programmes without participants.</summary>
    public decimal Spending(int programme)
    {
        ServiceProgramme p = Setup.Programmes[programme];
        return SimulationSetup.IsParticipantProgramme(p) ? PlacesUsed[programme] * p.CostPerParticipantEur : p.BudgetEur;
    }

    private static Dictionary<string, int> Merge(IEnumerable<Dictionary<string, int>> parts)
    {
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach ((string k, int v) in part) total[k] = total.GetValueOrDefault(k) + v;
        }

        return total;
    }
}
