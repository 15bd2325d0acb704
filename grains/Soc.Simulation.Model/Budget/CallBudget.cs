using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Budget;

namespace Soc.Simulation.Model.Budget;

/// <summary>
/// The call's budget over its lines (A4, A5, A8, F6). The call total is a hard cap; a line that runs short
/// borrows from the others in their listed order. Every movement is written as a <see cref="LedgerPosting"/>.
/// Invariants, checked after every operation: no line's allocation, commitment or availability below zero,
/// and the lines' allocations add up to the budget plus top-ups minus cuts.
/// </summary>
public sealed class CallBudget
{
    private readonly List<LineBalance> _lines;
    private readonly IReadOnlyList<BudgetLineSpec> _specs;
    private readonly List<LedgerPosting> _postings = [];

    public CallBudget(CallParameters call, DateOnly openedOn)
    {
        _specs = call.BudgetLines;
        _lines = [.. _specs.Select(s => new LineBalance(s.Code))];
        decimal[] split = SplitByShares(call.BudgetEur);
        for (int i = 0; i < _lines.Count; i++)
        {
            _lines[i].Allocated = split[i];
            Post(openedOn, _lines[i].Code, PostingKind.Allocation, split[i], null);
        }

        TotalEur = call.BudgetEur;
    }

    private CallBudget(CallBudget from)
    {
        _specs = from._specs;
        _lines = [.. from._lines.Select(l => new LineBalance(l.Code) { Allocated = l.Allocated, Committed = l.Committed })];
        _postings = [.. from._postings];
        TotalEur = from.TotalEur;
    }

    /// <summary>A copy with the same balances and postings, for a forked call (<c>GrantCallEngine.Fork</c>).</summary>
    public CallBudget Copy() => new(this);

    /// <summary>Budget + top-ups − effective cuts.</summary>
    public decimal TotalEur { get; private set; }

    // Loops rather than LINQ: the call asks for these before every decision.
    public decimal AvailableEur
    {
        get
        {
            decimal sum = 0m;
            foreach (LineBalance l in _lines) sum += l.Available;
            return sum;
        }
    }

    public decimal CommittedEur => _lines.Sum(l => l.Committed);

    public IReadOnlyList<LedgerPosting> Postings => _postings;

    public decimal AvailableOn(string line) => Line(line).Available;

    /// <summary>Commits a grant on its line, borrowing any shortfall from the other lines.</summary>
    public void Commit(DateOnly on, string line, decimal amount, string applicationId, bool reassignment)
    {
        RequireCents(amount);
        if (amount > AvailableEur)
        {
            throw new InvalidOperationException($"commit of {amount} € exceeds the {AvailableEur} € available");
        }

        LineBalance target = Line(line);
        decimal shortfall = amount - target.Available;
        foreach (LineBalance lender in _lines)
        {
            if (shortfall <= 0)
            {
                break;
            }

            if (lender == target || lender.Available <= 0)
            {
                continue;
            }

            decimal lent = Math.Min(shortfall, lender.Available);
            lender.Allocated -= lent;
            target.Allocated += lent;
            shortfall -= lent;
            Post(on, lender.Code, PostingKind.LentOut, lent, applicationId);
            Post(on, target.Code, PostingKind.BorrowedIn, lent, applicationId);
        }

        target.Committed += amount;
        Post(on, line, reassignment ? PostingKind.Reassignment : PostingKind.Commitment, amount, applicationId);
        CheckInvariants();
    }

    /// <summary>Gives back part or all of a grant's commitment (F8); the money becomes available again.</summary>
    public void Release(DateOnly on, string line, decimal amount, string applicationId)
    {
        RequireCents(amount);
        LineBalance target = Line(line);
        if (amount > target.Committed)
        {
            throw new InvalidOperationException($"release of {amount} € exceeds the {target.Committed} € committed on {line}");
        }

        target.Committed -= amount;
        Post(on, line, PostingKind.Release, amount, applicationId);
        CheckInvariants();
    }

    public void Pay(DateOnly on, string line, decimal amount, string applicationId) =>
        Post(on, line, PostingKind.Payment, amount, applicationId);

    public void Refund(DateOnly on, string line, decimal amount, string applicationId) =>
        Post(on, line, PostingKind.Refund, amount, applicationId);

    /// <summary>
    /// Applies a dated top-up or cut. A cut only takes uncommitted money: it is clipped to what is
    /// available (on its line, or on the whole call) and the effective amount is returned.
    /// </summary>
    public decimal Apply(BudgetChange change)
    {
        RequireCents(change.AmountEur);
        decimal effective = change.Kind == BudgetChangeKind.TopUp ? TopUp(change) : Cut(change);
        TotalEur += change.Kind == BudgetChangeKind.TopUp ? effective : -effective;
        CheckInvariants();
        return effective;
    }

    private decimal TopUp(BudgetChange change)
    {
        if (change.Line is not null)
        {
            Line(change.Line).Allocated += change.AmountEur;
            Post(change.On, change.Line, PostingKind.TopUp, change.AmountEur, null);
            return change.AmountEur;
        }

        decimal[] split = SplitByShares(change.AmountEur);
        for (int i = 0; i < _lines.Count; i++)
        {
            _lines[i].Allocated += split[i];
            Post(change.On, _lines[i].Code, PostingKind.TopUp, split[i], null);
        }

        return change.AmountEur;
    }

    private decimal Cut(BudgetChange change)
    {
        IEnumerable<LineBalance> from = change.Line is null ? _lines : [Line(change.Line)];
        decimal left = change.AmountEur;
        foreach (LineBalance line in from)
        {
            decimal taken = Math.Min(left, line.Available);
            if (taken <= 0)
            {
                continue;
            }

            line.Allocated -= taken;
            left -= taken;
            Post(change.On, line.Code, PostingKind.Cut, taken, null);
        }

        return change.AmountEur - left;
    }

    private decimal[] SplitByShares(decimal amount) => Split(amount, _specs);

    /// <summary>Splits an amount by the lines' shares in whole cents; the last line takes the rounding remainder.</summary>
    public static decimal[] Split(decimal amount, IReadOnlyList<BudgetLineSpec> lines)
    {
        var split = new decimal[lines.Count];
        decimal assigned = 0m;
        for (int i = 0; i < lines.Count - 1; i++)
        {
            split[i] = Money.Cents(amount * lines[i].Share);
            assigned += split[i];
        }

        split[^1] = amount - assigned;
        return split;
    }

    private LineBalance Line(string code)
    {
        foreach (LineBalance l in _lines)
        {
            if (l.Code == code) return l;
        }

        throw new InvalidOperationException($"unknown budget line {code}");
    }

    private void Post(DateOnly on, string line, PostingKind kind, decimal amount, string? applicationId)
    {
        if (amount != 0)
        {
            _postings.Add(new LedgerPosting(on, line, kind, amount, applicationId));
        }
    }

    private static void RequireCents(decimal amount)
    {
        if (amount < 0 || !Money.IsWholeCents(amount))
        {
            throw new InvalidOperationException($"amount {amount} € is not a non-negative number of cents");
        }
    }

    private void CheckInvariants()
    {
        foreach (LineBalance line in _lines)
        {
            if (line.Allocated < 0 || line.Committed < 0 || line.Available < 0)
            {
                throw new InvalidOperationException(
                    $"budget line {line.Code} broke its bounds: allocated {line.Allocated}, committed {line.Committed}");
            }
        }

        if (_lines.Sum(l => l.Allocated) != TotalEur)
        {
            throw new InvalidOperationException("the lines' allocations no longer add up to the call total");
        }
    }
}
