using Soc.Simulation.Model.Simulation;

namespace Soc.Simulation.Model.Kpis;

/// <summary>
/// One KPI of a Monte Carlo replicate: its name in the files, its labels, its unit, which way is better, and the
/// reporter that computes it from a replicate's data (NaN when the replicate has no value, e.g. no exhaustion).
/// </summary>
public sealed record KpiDefinition(string Name, Labels Label, KpiUnit Unit, Better Better, Func<ReplicateData, double> Compute);

/// <summary>
/// KPIs that come one per programme, area or budget line of a scenario: <c>{Prefix}{member}</c>, e.g.
/// <c>insertionRate_programme_pic</c>. <see cref="For"/> makes the member's definition.
/// </summary>
public sealed record KpiFamily(string Prefix, Labels Label, KpiUnit Unit, Better Better, Func<string, Func<ReplicateData, double>> Compute)
{
    public KpiDefinition For(string member) => new(Prefix + member, Label.With(Labels.Same(member)), Unit, Better, Compute(member));
}

/// <summary>One monthly series of a replicate ("YYYY-MM" months of the simulated period), computed from its data.</summary>
public sealed record SeriesDefinition(string Name, Labels Label, KpiUnit Unit, Func<ReplicateData, double[]> Compute);

/// <summary>Series that come one per budget line: <c>{Prefix}{line code}</c>.</summary>
public sealed record SeriesFamily(string Prefix, Labels Label, KpiUnit Unit, Func<string, Func<ReplicateData, double[]>> Compute)
{
    public SeriesDefinition For(string member) => new(Prefix + member, Label.With(Labels.Same(member)), Unit, Compute(member));
}
