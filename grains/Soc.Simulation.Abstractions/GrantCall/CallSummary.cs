namespace Soc.Simulation.Abstractions.GrantCall;

/// <summary>The call-level figures the grant call grain reports once its books are final.</summary>
[GenerateSerializer, Immutable, Alias("Soc.CallSummary")]
public sealed record CallSummary(
    [property: Id(0)] decimal BudgetEur,
    [property: Id(1)] decimal TopUpsEur,
    [property: Id(2)] decimal CutsEur,
    [property: Id(3)] DateOnly? ExhaustedOn,
    [property: Id(4)] DateOnly OpenedOn,
    [property: Id(5)] DateOnly LastDay)
{
    public decimal FinalBudgetEur => BudgetEur + TopUpsEur - CutsEur;
}
