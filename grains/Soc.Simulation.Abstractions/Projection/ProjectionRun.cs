using Soc.Simulation.Abstractions.Budget;

namespace Soc.Simulation.Abstractions.Projection;

/// <summary>One projection replicate's books: the call's and each budget line's by month, and what the summary reads.</summary>
[GenerateSerializer, Immutable, Alias("Soc.ProjectionRun")]
public sealed record ProjectionRun(
    [property: Id(0)] LedgerMonth[] CallMonthly,
    [property: Id(1)] LedgerMonth[][] LineMonths,
    [property: Id(2)] decimal NetCommittedEur,
    [property: Id(3)] decimal UnspentEur,
    [property: Id(4)] int RefusedBudget,
    [property: Id(5)] DateOnly? ExhaustedOn);
