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
    private decimal _allocated;
    private decimal _netCommitted;
    private decimal _committedEver;
    private decimal _netPaid;

    public string Line { get; } = line;

    public decimal AllocatedEur => _allocated;

    public decimal NetCommittedEur => _netCommitted;

    public decimal AvailableEur => _allocated - _netCommitted;

    public decimal NetPaidEur => _netPaid;

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
            case PostingKind.Allocation or PostingKind.TopUp or PostingKind.BorrowedIn:
                _allocated += amount;
                break;
            case PostingKind.Cut or PostingKind.LentOut:
                _allocated -= amount;
                break;
            case PostingKind.Commitment:
                month.Committed += amount;
                _netCommitted += amount;
                _committedEver += amount;
                break;
            case PostingKind.Reassignment:
                month.Committed += amount;
                month.Reassigned += amount;
                _netCommitted += amount;
                _committedEver += amount;
                break;
            case PostingKind.Release:
                month.Released += amount;
                _netCommitted -= amount;
                break;
            case PostingKind.Payment:
                month.Paid += amount;
                _netPaid += amount;
                break;
            case PostingKind.Refund:
                month.Refunded += amount;
                _netPaid -= amount;
                break;
            default:
                throw new InvalidOperationException($"unknown posting kind {posting.Kind}");
        }

        month.Allocated = _allocated;
        month.NetCommitted = _netCommitted;
        month.NetPaid = _netPaid;
        CheckBounds(posting);
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

        var flows = new Flows { Allocated = _allocated, NetCommitted = _netCommitted, NetPaid = _netPaid };
        _months[MonthKey(day)] = flows;
        _latest = (key, flows);
        return flows;
    }

    private static DateOnly LatestMonth(int key) => new(key / 12, key % 12 + 1, 1);

    private void CheckBounds(LedgerPosting posting)
    {
        if (posting.AmountEur < 0 || _allocated < 0 || _netCommitted < 0 || AvailableEur < 0 || _netPaid < 0 || _netPaid > _committedEver)
        {
            throw new InvalidOperationException(
                $"{posting.Kind} of {posting.AmountEur} € on {posting.On:yyyy-MM-dd} takes {Line} out of bounds " +
                $"(allocated {_allocated}, committed {_netCommitted}, paid {_netPaid})");
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
