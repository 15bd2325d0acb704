namespace Soc.Simulation.Simulation;

/// <summary>
/// One replicate's outcome: named KPIs and monthly series (by "YYYY-MM"). Names are fixed by the reporters in
/// the Model; a KPI that has no value in this replicate (no exhaustion, say) is NaN.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.ReplicateResult")]
public sealed record ReplicateResult(
    [property: Id(0)] int Replicate,
    [property: Id(1)] string[] KpiNames,
    [property: Id(2)] double[] Kpis,
    [property: Id(3)] string[] Months,
    [property: Id(4)] string[] SeriesNames,
    [property: Id(5)] double[][] Series,
    [property: Id(6)] DateOnly? ExhaustedOn);
