using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Model.Budget;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Abstractions.Promoters;

namespace Soc.Simulation.Model.Register;

/// <summary>
/// Decides a register with the Model alone, no silo: the reference the grains must match, and the
/// baseline of the benchmark.
/// </summary>
public static class DirectReplay
{
    public static (ReplayReport Report, IReadOnlyList<AwardDecision> Decisions) Run(Scenario scenario, IReadOnlyList<Application> applications)
    {
        var engine = new GrantCallEngine(scenario.Call);
        engine.Register(applications);
        engine.RunToEnd();
        CallSummary summary = Summary(engine, scenario.Call);
        IReadOnlyList<AwardDecision> decisions = engine.Decisions();
        LineLedger[] lines = Books(scenario.Call.BudgetLines, engine.Budget.Postings, summary);
        // The fiscal year a call alone is charged to: the year its filing ends (as GrainReplay opens its call).
        PromoterPlaces[] promoters = [.. engine.Promoters.Select(p => Portfolio.PortfolioEngine.Places(scenario.Call.FilingEnd.Year, p.Promoter, p.Book))];
        return (ReplayReport.Build(scenario.Name, summary, decisions, lines)
            with { Promoters = promoters, Quotas = QuotaOutcome.Of(scenario.Call, applications, decisions) }, decisions);
    }

    public static CallSummary Summary(GrantCallEngine engine, CallParameters call) =>
        new(call.BudgetEur, engine.TopUpsEur, engine.CutsEur, engine.ExhaustedOn, engine.OpenedOn,
            engine.ProcessedThrough ?? engine.OpenedOn);

    /// <summary>A call's outcome as its grain gives it: its figures, its decisions in registry order and its own line books by month.</summary>
    public static CallResult Result(string callId, GrantCallEngine engine, CallParameters call)
    {
        CallSummary summary = Summary(engine, call);
        return new CallResult(callId, summary, [.. engine.Decisions()], [.. Books(call.BudgetLines, engine.Budget.Postings, summary).SelectMany(l => l.Months)]);
    }

    /// <summary>Each budget line's book by month, folded from the call's postings in one pass.</summary>
    public static LineLedger[] Books(IReadOnlyList<BudgetLineSpec> lines, IReadOnlyList<LedgerPosting> postings, CallSummary summary)
    {
        var books = lines.ToDictionary(l => l.Code, l => new BudgetLineBook(l.Code), StringComparer.Ordinal);
        foreach (LedgerPosting p in postings)
        {
            if (books.TryGetValue(p.Line, out BudgetLineBook? book)) book.Post(p);
        }

        return [.. lines.Select(l => new LineLedger(l.Code, books[l.Code].Months(summary.OpenedOn, summary.LastDay)))];
    }
}
