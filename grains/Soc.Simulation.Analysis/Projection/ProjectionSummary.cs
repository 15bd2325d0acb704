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
    KpiEstimate ApplicationsRefusedBudget);
