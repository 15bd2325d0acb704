using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.Employers;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Model.Budget;
using Soc.Simulation.Model.Employers;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Model.Promoters;
using Soc.Simulation.Abstractions.Promoters;

namespace Soc.Simulation.Model.Portfolio;

/// <summary>
/// A portfolio's calls in one process, no silo: the reference the grains must match. The budget lines of each year
/// and the employers' de minimis accounts are shared objects every call asks (I4, I5).
/// </summary>
/// <remarks>
/// The clock: the day of the earliest pending event of any call; on that day each call with events takes its turn in
/// the portfolio's listed order and processes all its events of the day (domain.md F), then its employer changes are
/// recorded with their accounts. A later call on the same day sees what an earlier one did.
/// </remarks>
public sealed class PortfolioEngine
{
    private readonly Abstractions.Portfolio.Portfolio _portfolio;
    private readonly SortedDictionary<(int Year, string Code), BudgetLineBook> _lines = [];
    private readonly DeMinimisRegister _deMinimis = new();
    private readonly List<(int Year, PromoterBook Book)> _promoters = [];
    private readonly GrantCallEngine[] _engines;
    private readonly IReadOnlyList<(int Year, LedgerPosting Posting)> _programmePayments;
    private int _programmePaid;

    public PortfolioEngine(Abstractions.Portfolio.Portfolio portfolio)
    {
        PortfolioCheck.Require(portfolio);
        _portfolio = portfolio;
        foreach ((int year, string code, LedgerPosting allocation, LedgerPosting[] earmarks) in PortfolioLines.Openings(portfolio))
        {
            var book = new BudgetLineBook(code);
            book.Post(allocation);
            foreach (LedgerPosting earmark in earmarks) book.Post(earmark);
            _lines.Add((year, code), book);
        }

        _programmePayments = ProgrammeSchedule.AllPayments(portfolio);

        foreach ((int year, Promoter promoter) in PortfolioPromoters.Of(portfolio)) _promoters.Add((year, new PromoterBook(promoter)));
        _engines = [.. portfolio.Calls.Select(c => new GrantCallEngine(c.Call, new CallAuthorities(c.Id, _deMinimis.SeenBy(c.Id),
            new FiscalYearLines(c.FiscalYear, [.. c.Call.BudgetLines.Select(l => (l.Code, (ILineYearBook)_lines[(c.FiscalYear, l.Code)]))]),
            _promoters.Where(p => p.Year == c.FiscalYear).ToDictionary(p => p.Book.Promoter.Id, p => (IPromoterBook)p.Book, StringComparer.Ordinal))))];
    }

    public void Register(string callId, IEnumerable<Application> applications) => _engines[IndexOf(callId)].Register(applications);

    /// <summary>Decides each call's register and returns what the calls, lines and employers hold at the end.</summary>
    public static PortfolioResult Run(Abstractions.Portfolio.Portfolio portfolio, IEnumerable<CallRegister> registers)
    {
        var engine = new PortfolioEngine(portfolio);
        foreach (CallRegister r in registers) engine.Register(r.CallId, r.Applications);
        engine.RunToEnd();
        return engine.Result();
    }

    /// <summary>Runs every call to its last payment, turn by turn.</summary>
    public void RunToEnd()
    {
        while (PortfolioClock.NextDay(_engines.Select(e => e.NextEventDay).Append(NextProgrammeDay)) is DateOnly day)
        {
            for (; _programmePaid < _programmePayments.Count && _programmePayments[_programmePaid].Posting.On == day; _programmePaid++)
            {
                (int year, LedgerPosting payment) = _programmePayments[_programmePaid];
                _lines[(year, payment.Line)].Post(payment);
            }

            for (int i = 0; i < _engines.Length; i++)
            {
                if (_engines[i].NextEventDay != day) continue;
                _engines[i].AdvanceThrough(day);
                RecordWithEmployers(_portfolio.Calls[i].Id, _engines[i], day);
            }
        }

        foreach (GrantCallEngine engine in _engines) engine.RunToEnd();
    }

    public PortfolioResult Result() => new(
        [.. _portfolio.Calls.Select((c, i) => CallResult(c, _engines[i]))],
        [.. _lines.Select(l => new LineYearMonths(l.Key.Year, l.Key.Code, [.. l.Value.Months(PortfolioClock.Start(_portfolio), LastDay())]))],
        [.. _deMinimis.Accounts.Select(a => a.Held())],
        [.. _promoters.Select(p => Places(p.Year, p.Book.Promoter, p.Book))]);

    /// <summary>A promoter's places of a year at the end.</summary>
    public static PromoterPlaces Places(int year, Promoter promoter, IPromoterBook book) =>
        new(year, promoter.Id, promoter.Name, promoter.Territory, book.Places, book.Taken);

    /// <summary>One call's outcome; its books are those of its own postings (the portfolio's grains return the same).</summary>
    public static CallResult CallResult(PortfolioCall call, GrantCallEngine engine) => DirectReplay.Result(call.Id, engine, call.Call);

    private DateOnly? NextProgrammeDay => _programmePaid < _programmePayments.Count ? _programmePayments[_programmePaid].Posting.On : null;

    private DateOnly LastDay() => PortfolioClock.LastDay(_engines.Select(e => e.ProcessedThrough ?? e.OpenedOn), _programmePayments);

    /// <summary>The authority's yes: a call that granted beyond what an employer's account allows is a bug, not an outcome.</summary>
    private void RecordWithEmployers(string callId, GrantCallEngine engine, DateOnly day)
    {
        foreach (IGrouping<string, (string EmployerId, EmployerGrantChange Change)> employer in engine.DrainEmployerChanges().GroupBy(c => c.EmployerId))
        {
            string? refusal = _deMinimis.Account(employer.Key).TryRecord(callId, engine.TermsOf(employer.Key), day, [.. employer.Select(c => c.Change)]);
            if (refusal is not null)
            {
                throw new InvalidOperationException($"call {callId} granted what employer {employer.Key} refuses: {refusal}");
            }
        }
    }

    private int IndexOf(string callId) => PortfolioCheck.CallIndex(_portfolio, callId);
}
