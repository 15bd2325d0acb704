using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Model.Budget;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Model.Register;

/// <summary>
/// Decides a register with the Model alone, no silo: the reference the grains must match, and the
/// baseline of the benchmark.
/// </summary>
public static class DirectReplay
{
    public static (ReplayReport Report, IReadOnlyList<AwardDecision> Decisions) Run(Scenario scenario, IEnumerable<Application> applications)
    {
        var engine = new GrantCallEngine(scenario.Call);
        engine.Register(applications);
        engine.RunToEnd();
        CallSummary summary = Summary(engine, scenario.Call);
        IReadOnlyList<AwardDecision> decisions = engine.Decisions();
        LineLedger[] lines = [.. scenario.Call.BudgetLines.Select(l => Book(l.Code, engine.Budget.Postings, summary))];
        return (ReplayReport.Build(scenario.Name, summary, decisions, lines), decisions);
    }

    public static CallSummary Summary(GrantCallEngine engine, CallParameters call) =>
        new(call.BudgetEur, engine.TopUpsEur, engine.CutsEur, engine.ExhaustedOn, engine.OpenedOn,
            engine.ProcessedThrough ?? engine.OpenedOn);

    public static LineLedger Book(string code, IEnumerable<LedgerPosting> postings, CallSummary summary)
    {
        var book = new BudgetLineBook(code);
        foreach (LedgerPosting p in postings.Where(p => p.Line == code))
        {
            book.Post(p);
        }

        return new LineLedger(code, book.Months(summary.OpenedOn, summary.LastDay));
    }
}
