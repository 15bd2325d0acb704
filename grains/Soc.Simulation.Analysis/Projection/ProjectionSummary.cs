using Soc.Simulation.Analysis.Summaries;

namespace Soc.Simulation.Analysis.Projection;

/// <summary>One budget line's projected book: cumulative committed (net), paid (net of refunds) and refunded, by month.</summary>
public sealed record LineProjection(
    string Line,
    IReadOnlyList<SeriesPoint> CommittedEur,
    IReadOnlyList<SeriesPoint> PaidEur,
    IReadOnlyList<SeriesPoint> RefundedEur);

/// <summary>
/// What <c>socsim project</c> writes to projection.json: the call's books as known on <see cref="AsOf"/> and
/// projected to the end of the call over replicates, with P10–P90 bands, the distribution of the exhaustion
/// date and of the money left unspent.
/// </summary>
public sealed record ProjectionSummary(
    string Scenario,
    DateOnly AsOf,
    ulong Seed,
    int Replicates,
    int KnownApplications,
    double ApplicationsPerDay,
    decimal BudgetEur,
    decimal CommittedAsOfEur,
    decimal PaidAsOfEur,
    IReadOnlyList<SeriesPoint> CommittedEur,
    IReadOnlyList<SeriesPoint> PaidEur,
    IReadOnlyList<SeriesPoint> RefundedEur,
    IReadOnlyList<LineProjection> Lines,
    ExhaustionDistribution Exhaustion,
    KpiEstimate UnspentEur,
    double UnspentP10Eur,
    double UnspentP90Eur,
    KpiEstimate ApplicationsRefusedBudget)
{
    /// <summary>The median of the money left unspent at the end of the call over replicates.</summary>
    public double UnspentMedianEur { get; init; }

    /// <summary>The exhaustion date over all replicates, a replicate that never runs out counting as later than any date.</summary>
    public UnconditionalExhaustion? ExhaustionUnconditional { get; init; }

    /// <summary>The registration model estimated on the as-of day (H7).</summary>
    public DemandEstimate? Demand { get; init; }

    /// <summary>In words: when the call is likely to run out and how much is likely to be left.</summary>
    public string Outlook { get; init; } = "";
}

/// <summary>P10, median and P90 of the exhaustion date over all replicates; null where that share of replicates never runs out.</summary>
public sealed record UnconditionalExhaustion(double Probability, DateOnly? P10, DateOnly? Median, DateOnly? P90);
