using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Abstractions.Portfolio;

/// <summary>
/// Several calls over several fiscal years sharing the SOC's budget lines of each year and their employers (I3–I5).
/// Each call keeps its own rules and registry order; within a day the calls take their turn in the listed order.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.Portfolio")]
public sealed record Portfolio(
    [property: Id(0)] string Name,
    [property: Id(1)] string Notes,
    [property: Id(2)] IReadOnlyList<PortfolioCall> Calls,
    [property: Id(3)] IReadOnlyList<LineYear> BudgetLines)
{
    /// <summary>The service programmes charging the lines (none: calls only).</summary>
    [Id(4)] public IReadOnlyList<ProgrammeSpending> Programmes { get; init; } = [];
}

/// <summary>
/// What a service programme spends from one budget line of a year (I4), e.g. the convention's services (C1, C3). ASSUMPTION: its
/// budget is earmarked on the line when the line opens and paid in equal monthly parts from <see cref="Start"/>; the
/// seeds give no execution profile.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.ProgrammeSpending")]
public sealed record ProgrammeSpending(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] int FiscalYear,
    [property: Id(3)] string Line,
    [property: Id(4)] decimal BudgetEur,
    [property: Id(5)] DateOnly Start,
    [property: Id(6)] int Months);

/// <summary>One call (an edition) of a portfolio, charged to the budget lines of <see cref="FiscalYear"/>.</summary>
[GenerateSerializer, Immutable, Alias("Soc.PortfolioCall")]
public sealed record PortfolioCall(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] int FiscalYear,
    [property: Id(3)] CallParameters Call);

/// <summary>Who pays for a budget line of a year, as a share of its allocation (C1: SOC 70 %, city council 30 %).</summary>
[GenerateSerializer, Immutable, Alias("Soc.FundingShare")]
public sealed record FundingShare(
    [property: Id(0)] string Source,
    [property: Id(1)] decimal Share);

/// <summary>
/// A budget line of the SOC's budget of one fiscal year (I4). With no allocation given, it holds what the calls
/// charged to it bring (each call's budget split by its lines' shares).
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.LineYear")]
public sealed record LineYear(
    [property: Id(0)] int Year,
    [property: Id(1)] string Code,
    [property: Id(2)] decimal? AllocationEur,
    [property: Id(3)] IReadOnlyList<FundingShare> Sources);
