namespace Soc.Simulation.Model.Results;

/// <summary>The headline figures of a register replay (results.json "kpis").</summary>
public sealed record ReplayKpis(
    int Applications,
    int Granted,
    int GrantedOnReassignment,
    int RefusedBudget,
    int RefusedIneligible,
    decimal BudgetEur,
    decimal TopUpsEur,
    decimal CutsEur,
    decimal FinalBudgetEur,
    decimal CommittedEur,
    decimal ReassignedEur,
    decimal ReleasedEur,
    decimal NetCommittedEur,
    decimal PaidEur,
    decimal RefundedEur,
    decimal NetPaidEur,
    decimal UnspentEur,
    decimal BudgetExecutionPct,
    DateOnly? ExhaustionDate);
