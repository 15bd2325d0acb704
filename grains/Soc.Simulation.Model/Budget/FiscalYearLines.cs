using Soc.Simulation.Abstractions.Budget;

namespace Soc.Simulation.Model.Budget;

/// <summary>
/// A call's budget lines in the SOC's budget of its fiscal year (I4), shared with the other calls and programmes
/// that charge them. A grant is committed on its line; when that line is short, the call's other lines lend to it
/// in their listed order, as the call's rules allow (A4) — the same rule as the call's own <see cref="CallBudget"/>,
/// applied here to the lines of the year. A top-up adds credit to the lines; a cut takes only what is left on them.
/// </summary>
public sealed class FiscalYearLines
{
    private readonly IReadOnlyList<string> _codes;
    private readonly ILineYearBook[] _books;

    /// <param name="fiscalYear">The year of the SOC's budget the call is charged to.</param>
    /// <param name="books">The call's lines in its listed order, each the book of its line in the fiscal year.</param>
    public FiscalYearLines(int fiscalYear, IReadOnlyList<(string Code, ILineYearBook Book)> books)
    {
        FiscalYear = fiscalYear;
        _codes = [.. books.Select(b => b.Code)];
        _books = [.. books.Select(b => b.Book)];
    }

    public int FiscalYear { get; }

    /// <summary>What the call's lines of the year have left together (any of them may lend to another).</summary>
    public decimal AvailableEur
    {
        get
        {
            decimal sum = 0m;
            foreach (ILineYearBook b in _books) sum += b.AvailableEur;
            return sum;
        }
    }

    public void Commit(DateOnly on, string line, decimal amount, string applicationId, bool reassignment)
    {
        if (amount > AvailableEur)
        {
            throw new InvalidOperationException($"commit of {amount} € exceeds the {AvailableEur} € left on the lines of {FiscalYear}");
        }

        int target = IndexOf(line);
        decimal shortfall = amount - _books[target].AvailableEur;
        for (int i = 0; i < _books.Length && shortfall > 0; i++)
        {
            decimal lenderAvailable = _books[i].AvailableEur;
            if (i == target || lenderAvailable <= 0) continue;
            decimal lent = Math.Min(shortfall, lenderAvailable);
            _books[i].Post(new LedgerPosting(on, _codes[i], PostingKind.LentOut, lent, applicationId));
            _books[target].Post(new LedgerPosting(on, line, PostingKind.BorrowedIn, lent, applicationId));
            shortfall -= lent;
        }

        _books[target].Post(new LedgerPosting(on, line, reassignment ? PostingKind.Reassignment : PostingKind.Commitment, amount, applicationId));
    }

    public void Release(DateOnly on, string line, decimal amount, string applicationId) => Post(on, line, PostingKind.Release, amount, applicationId);

    public void Pay(DateOnly on, string line, decimal amount, string applicationId) => Post(on, line, PostingKind.Payment, amount, applicationId);

    public void Refund(DateOnly on, string line, decimal amount, string applicationId) => Post(on, line, PostingKind.Refund, amount, applicationId);

    /// <summary>Follows one of the call's top-up or cut postings (A5, A8); a cut takes at most what the line of the year has left.</summary>
    public void FollowBudgetChange(LedgerPosting posting)
    {
        ILineYearBook book = _books[IndexOf(posting.Line)];
        decimal amount = posting.Kind == PostingKind.Cut ? Math.Min(posting.AmountEur, book.AvailableEur) : posting.AmountEur;
        if (amount > 0) book.Post(posting with { AmountEur = amount });
    }

    private void Post(DateOnly on, string line, PostingKind kind, decimal amount, string applicationId)
    {
        if (amount != 0) _books[IndexOf(line)].Post(new LedgerPosting(on, line, kind, amount, applicationId));
    }

    private int IndexOf(string line)
    {
        for (int i = 0; i < _codes.Count; i++)
        {
            if (_codes[i] == line) return i;
        }

        throw new InvalidOperationException($"unknown budget line {line} in {FiscalYear}");
    }
}
