using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.Employers;
using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Abstractions.Portfolio;

/// <summary>The book by month of one budget line of one fiscal year, with every call's movements on it.</summary>
[GenerateSerializer, Immutable, Alias("Soc.LineYearMonths")]
public sealed record LineYearMonths(
    [property: Id(0)] int Year,
    [property: Id(1)] string Code,
    [property: Id(2)] LedgerMonth[] Months);

/// <summary>What a portfolio replay decided: each call's outcome, the lines of each year, and each employer's de minimis aid.</summary>
[GenerateSerializer, Immutable, Alias("Soc.PortfolioResult")]
public sealed record PortfolioResult(
    [property: Id(0)] CallResult[] Calls,
    [property: Id(1)] LineYearMonths[] Lines,
    [property: Id(2)] HeldAid[] Employers,
    [property: Id(3)] Promoters.PromoterPlaces[] Promoters);

/// <summary>The register of one call of a portfolio.</summary>
[GenerateSerializer, Immutable, Alias("Soc.CallRegister")]
public sealed record CallRegister(
    [property: Id(0)] string CallId,
    [property: Id(1)] Application[] Applications);
