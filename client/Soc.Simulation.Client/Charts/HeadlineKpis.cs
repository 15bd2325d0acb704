namespace Soc.Simulation.Client.Charts;

/// <summary>
/// The KPIs shown first, in this order. A choice of what to show, not a definition: every KPI is defined in the
/// Model's KpiCatalogue.
/// </summary>
public static class HeadlineKpis
{
    /// <summary>A comparison's: the rates, then the amounts and counts.</summary>
    public static readonly string[] Comparison =
    [
        "insertionRate", "youthInsertionRate", "insertionRate30to44", "insertionRate45plus", "longTermUnemployedInsertionRate",
        "noProgrammeInsertionRate", "guidanceUsage", "permanentShare", "deadweightShare", "callExhausted", "subsidyBudgetExecutionPct",
        "applications", "applicationsRefusedBudget", "grossSubsidisedInsertions", "insertionsCausedByCall", "insertions",
        "subsidyCommittedEur", "subsidyPaidEur", "serviceSpendingEur", "costPerInsertionEur", "spendingSocEur", "spendingCityCouncilEur",
    ];

    /// <summary>A sweep's columns and curves.</summary>
    public static readonly string[] Sweep = ["insertionRate", "insertionsCausedByCall", "grossSubsidisedInsertions", "applicationsRefusedBudget", "callExhausted", "subsidyBudgetExecutionPct", "subsidyCommittedEur"];
}
