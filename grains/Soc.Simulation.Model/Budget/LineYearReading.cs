using Soc.Simulation.Abstractions.Budget;

namespace Soc.Simulation.Model.Budget;

/// <summary>
/// A call's reading of a budget line of a year whose book another process holds (a line grain): the totals it last
/// read, moved by the call's own postings, which wait here until the call settles them with the book.
/// </summary>
public sealed class LineYearReading(LineTotals read, int version) : ILineYearBook
{
    private readonly List<LedgerPosting> _unsettled = [];

    public LineTotals Totals { get; private set; } = read;

    /// <summary>The book's version the reading follows; a settlement against another version is refused.</summary>
    public int Version { get; private set; } = version;

    public decimal AvailableEur => Totals.Available;

    public void Post(LedgerPosting posting)
    {
        LineTotals after = Totals.After(posting);
        if (posting.AmountEur < 0 || !after.WithinBounds)
        {
            throw new InvalidOperationException($"{posting.Kind} of {posting.AmountEur} € on {posting.On:yyyy-MM-dd} takes {posting.Line} out of bounds");
        }

        Totals = after;
        _unsettled.Add(posting);
    }

    /// <summary>Takes the postings not yet settled.</summary>
    public LedgerPosting[] TakeUnsettled()
    {
        LedgerPosting[] taken = [.. _unsettled];
        _unsettled.Clear();
        return taken;
    }

    /// <summary>What the book said: another call moved it (read again), or it took this call's postings (now at this version).</summary>
    public void Follow(LineTotals totals, int version)
    {
        if (_unsettled.Count > 0) throw new InvalidOperationException("a line reading was refreshed with postings not settled");
        (Totals, Version) = (totals, version);
    }

    public void Settled(int version) => Version = version;
}
