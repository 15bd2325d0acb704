namespace Soc.Simulation.Abstractions.Budget;

/// <summary>
/// A budget line of one fiscal year (key: "{run}/{year}/{line code}"), the authority over its book (I4): every call
/// charging it settles its movements here, and it refuses any that would take it below zero or above its allocation.
/// </summary>
[Alias("Soc.IBudgetLineGrain")]
public interface IBudgetLineGrain : IGrainWithStringKey
{
    /// <summary>Opens the line with its allocation; must come first, once.</summary>
    [Alias("Open")]
    Task OpenAsync(LedgerPosting allocation);

    /// <summary>The line's totals now, and the version that moves with each settlement.</summary>
    [Alias("GetBalance")]
    Task<LineBalanceReading> GetBalanceAsync();

    /// <summary>
    /// Books a call's movements, in date order, if the call read the current version and none takes the line out of its
    /// bounds; else books none of them and says why.
    /// </summary>
    [Alias("Settle")]
    Task<AuthorityAnswer> SettleAsync(string callId, int expectedVersion, Immutable<LedgerPosting[]> postings);

    /// <summary>Deactivates the line's book once its run is over.</summary>
    [Alias("Close")]
    Task CloseAsync();

    /// <summary>The book month by month between two days, months without movements included.</summary>
    [Alias("GetMonths")]
    Task<Immutable<LedgerMonth[]>> GetMonthsAsync(DateOnly from, DateOnly to);
}

/// <summary>A line's totals as its grain holds them, and their version.</summary>
[GenerateSerializer, Immutable, Alias("Soc.LineBalanceReading")]
public sealed record LineBalanceReading(
    [property: Id(0)] decimal AllocatedEur,
    [property: Id(1)] decimal NetCommittedEur,
    [property: Id(2)] decimal CommittedEverEur,
    [property: Id(3)] decimal NetPaidEur,
    [property: Id(4)] int Version);
