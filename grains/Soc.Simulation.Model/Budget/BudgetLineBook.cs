using Soc.Simulation.Abstractions.Budget;

namespace Soc.Simulation.Model.Budget;

/// <summary>
/// One budget line's month-by-month book, folded from its postings in date order. It checks the line's
/// bounds on its own (allocation, net commitment and availability never below zero; net payments never
/// above the net commitment ever made), so a grain that keeps it is a second, independent check.
/// </summary>
public sealed class BudgetLineBook(string line) : ILineYearBook
{
    private readonly SortedDictionary<string, Flows> _months = new(StringComparer.Ordinal);

    // The latest month booked: postings come in date order, so nearly all of them land here.
    private (int Key, Flows Flows)? _latest;
    private LineTotals _totals;

    public string Line { get; } = line;

    public LineTotals Totals => _totals;

    public decimal AllocatedEur => _totals.Allocated;

    public decimal NetCommittedEur => _totals.NetCommitted;

    public decimal AvailableEur => _totals.Available;

    public decimal NetPaidEur => _totals.NetPaid;

    public void Post(LedgerPosting posting)
    {
        if (posting.Line != Line)
        {
            throw new InvalidOperationException($"posting for {posting.Line} sent to the book of {Line}");
        }

        Flows month = MonthOf(posting.On);
        decimal amount = posting.AmountEur;
        switch (posting.Kind)
        {
            case PostingKind.Commitment:
                month.Committed += amount;
                break;
            case PostingKind.Reassignment:
                month.Committed += amount;
                month.Reassigned += amount;
                break;
            case PostingKind.Release:
                month.Released += amount;
                break;
            case PostingKind.Payment:
                month.Paid += amount;
                break;
            case PostingKind.Refund:
                month.Refunded += amount;
                break;
        }

        _totals = _totals.After(posting);
        month.Allocated = _totals.Allocated;
        month.NetCommitted = _totals.NetCommitted;
        month.NetPaid = _totals.NetPaid;
        CheckBounds(posting);
    }

    /// <summary>Why these postings, booked in order, would take the line out of its bounds or its date order; null if they would not.</summary>
    public string? Refusal(IReadOnlyList<LedgerPosting> postings)
    {
        LineTotals totals = _totals;
        int latest = _latest?.Key ?? int.MinValue;
        foreach (LedgerPosting p in postings)
        {
            int key = p.On.Year * 12 + p.On.Month - 1;
            if (p.Line != Line || key < latest)
            {
                return $"{p.Kind} of {p.AmountEur} € on {p.On:yyyy-MM-dd} for {p.Line} does not follow the book of {Line}";
            }

            latest = key;
            totals = totals.After(p);
            if (p.AmountEur < 0 || !totals.WithinBounds)
            {
                return $"{p.Kind} of {p.AmountEur} € on {p.On:yyyy-MM-dd} takes {Line} out of bounds (allocated {totals.Allocated}, committed {totals.NetCommitted}, paid {totals.NetPaid})";
            }
        }

        return null;
    }

    /// <summary>The book by month from <paramref name="from"/> to <paramref name="to"/>, months without movements included.</summary>
    public IReadOnlyList<LedgerMonth> Months(DateOnly from, DateOnly to)
    {
        var rows = new List<LedgerMonth>();
        decimal allocated = 0m, netCommitted = 0m, netPaid = 0m;
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1))
        {
            string key = MonthKey(m);
            Flows f = _months.GetValueOrDefault(key) ?? new Flows { Allocated = allocated, NetCommitted = netCommitted, NetPaid = netPaid };
            (allocated, netCommitted, netPaid) = (f.Allocated, f.NetCommitted, f.NetPaid);
            rows.Add(new LedgerMonth(Line, key, f.Allocated, f.Committed, f.Reassigned, f.Released, f.Paid, f.Refunded,
                f.NetCommitted, f.Allocated - f.NetCommitted, f.NetPaid));
        }

        return rows;
    }

    public static string MonthKey(DateOnly day) => $"{day.Year:0000}-{day.Month:00}";

    private Flows MonthOf(DateOnly day)
    {
        int key = day.Year * 12 + day.Month - 1;
        if (_latest is { } latest)
        {
            if (key == latest.Key) return latest.Flows;
            if (key < latest.Key)
            {
                throw new InvalidOperationException($"posting dated {day:yyyy-MM-dd} after {MonthKey(LatestMonth(latest.Key))} was booked on {Line}");
            }
        }

        var flows = new Flows { Allocated = _totals.Allocated, NetCommitted = _totals.NetCommitted, NetPaid = _totals.NetPaid };
        _months[MonthKey(day)] = flows;
        _latest = (key, flows);
        return flows;
    }

    private static DateOnly LatestMonth(int key) => new(key / 12, key % 12 + 1, 1);

    private void CheckBounds(LedgerPosting posting)
    {
        if (posting.AmountEur < 0 || !_totals.WithinBounds)
        {
            throw new InvalidOperationException(
                $"{posting.Kind} of {posting.AmountEur} € on {posting.On:yyyy-MM-dd} takes {Line} out of bounds " +
                $"(allocated {_totals.Allocated}, committed {_totals.NetCommitted}, paid {_totals.NetPaid})");
        }
    }

    private sealed class Flows
    {
        public decimal Allocated { get; set; }
        public decimal NetCommitted { get; set; }
        public decimal NetPaid { get; set; }
        public decimal Committed { get; set; }
        public decimal Reassigned { get; set; }
        public decimal Released { get; set; }
        public decimal Paid { get; set; }
        public decimal Refunded { get; set; }
    }
}
