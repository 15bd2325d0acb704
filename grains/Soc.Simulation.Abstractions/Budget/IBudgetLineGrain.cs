namespace Soc.Simulation.Abstractions.Budget;

/// <summary>One budget line's book (key: "{callId}/{line code}"): allocated, committed, paid, refunded, available by month.</summary>
[Alias("Soc.IBudgetLineGrain")]
public interface IBudgetLineGrain : IGrainWithStringKey
{
    /// <summary>Books a batch of postings in date order; a posting that breaks the line's bounds is rejected.</summary>
    [Alias("Post")]
    Task PostAsync(Immutable<LedgerPosting[]> postings);

    /// <summary>Deactivates the line's book once its call run is over.</summary>
    [Alias("Close")]
    Task CloseAsync();

    /// <summary>The book month by month between two days, months without movements included.</summary>
    [Alias("GetMonths")]
    Task<Immutable<LedgerMonth[]>> GetMonthsAsync(DateOnly from, DateOnly to);
}
