using Soc.Simulation.Abstractions.Budget;

namespace Soc.Simulation.Model.Budget;

/// <summary>
/// A budget line of one fiscal year as a call charging it sees it (I4): what is left, and where the call's
/// movements go. Several calls and programmes charge the same line in the same year.
/// </summary>
public interface ILineYearBook
{
    decimal AvailableEur { get; }

    /// <summary>Books a movement; one that would take the line out of its bounds is refused with an exception.</summary>
    void Post(LedgerPosting posting);
}
