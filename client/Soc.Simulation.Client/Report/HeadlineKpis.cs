namespace Soc.Simulation.Client.Report;

/// <summary>
/// The KPIs a comparison shows first, in this order: the rates, then the amounts and counts. A choice of what to
/// show, not a definition: every KPI is defined in the Model's KpiCatalogue.
/// </summary>
public static class HeadlineKpis
{
    public static readonly string[] Comparison =
    [
        "insertionRate", "youthInsertionRate", "insertionRate30to44", "insertionRate45plus", "longTermUnemployedInsertionRate",
        "noProgrammeInsertionRate", "guidanceUsage", "permanentShare", "deadweightShare", "callExhausted", "subsidyBudgetExecutionPct",
        "applications", "applicationsRefusedBudget", "grossSubsidisedInsertions", "insertionsCausedByCall", "insertions",
        "subsidyCommittedEur", "subsidyPaidEur", "serviceSpendingEur", "costPerInsertionEur", "spendingSocEur", "spendingCityCouncilEur",
    ];
}
