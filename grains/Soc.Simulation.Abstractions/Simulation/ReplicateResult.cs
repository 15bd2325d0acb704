namespace Soc.Simulation.Abstractions.Simulation;

/// <summary>
/// One replicate's outcome: named KPIs and monthly series (by "YYYY-MM"). Names are fixed by the catalogues in
/// the Model; a KPI that has no value in this replicate (no exhaustion, say) is NaN. With parameter uncertainty (H6)
/// it also holds the index of its parameter draw (-1: none) and the values drawn, by JSON path.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.ReplicateResult")]
public sealed record ReplicateResult(
    [property: Id(0)] int Replicate,
    [property: Id(1)] string[] KpiNames,
    [property: Id(2)] double[] Kpis,
    [property: Id(3)] string[] Months,
    [property: Id(4)] string[] SeriesNames,
    [property: Id(5)] double[][] Series,
    [property: Id(6)] DateOnly? ExhaustedOn,
    [property: Id(7)] int ParameterDraw = -1,
    [property: Id(8)] string[]? ParameterPaths = null,
    [property: Id(9)] double[]? ParameterValues = null);
