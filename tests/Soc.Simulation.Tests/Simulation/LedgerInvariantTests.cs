using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Model.Budget;
using Soc.Simulation.Model.Employers;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model.Participants;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model.Simulation;
using Soc.Simulation.Model.Replicates;

namespace Soc.Simulation.Tests.Simulation;

/// <summary>
/// The call's ledger invariants (F4–F9, as in Rules/GrantCallProperties) hold inside the full simulation, with a
/// budget small enough that it binds, the call runs out and the waiting list is used.
/// </summary>
public class LedgerInvariantTests
{
    private const decimal SmallBudget = 300_000m;
    private const ulong Seed = 11;

    private static Scenario SmallBudgetScenario() =>
        Barcelona.Load("population.monthlyArrivals=1200", $"call.budgetEur={SmallBudget}");

    [Fact]
    public async Task Results_of_replicates_with_a_binding_budget_stay_within_the_budget()
    {
        Scenario scenario = SmallBudgetScenario();
        ReplicateResult[] results = await Barcelona.DirectAsync(scenario, Seed, 4);

        foreach (ReplicateResult r in results)
        {
            string at = $"replicate {r.Replicate}";
            double committed = r.Kpi("subsidyCommittedEur"), paid = r.Kpi("subsidyPaidEur");
            Assert.True(committed >= 0 && committed <= (double)SmallBudget, $"{at}: committed {committed}");
            Assert.True(r.Kpi("subsidyBudgetExecutionPct") is >= 0 and <= 100, $"{at}: execution {r.Kpi("subsidyBudgetExecutionPct")} %");
            // What is left unspent is the final budget (no top-ups or cuts here) less what stays committed, never below 0.
            Assert.Equal((double)SmallBudget - committed, r.Kpi("subsidyUnspentEur"), 2);
            Assert.InRange(r.Kpi("subsidyUnspentEur"), 0, (double)SmallBudget);
            Assert.True(paid >= 0 && paid <= committed, $"{at}: paid {paid} above committed {committed}");
            Assert.True(r.Kpi("subsidyRefundedEur") >= 0, at);
            Assert.All(r.Series("subsidyNetCommittedEur"), v => Assert.InRange(v, 0, (double)SmallBudget));
            Assert.All(r.Series("subsidyNetPaidEur"), v => Assert.InRange(v, 0, (double)SmallBudget));
            Assert.Equal(r.ExhaustedOn is null ? 0 : 1, r.Kpi("callExhausted"));
            Assert.Equal(r.ExhaustedOn is DateOnly e && e <= scenario.Call.FilingEnd ? 1 : 0, r.Kpi("callExhaustedBeforeFilingEnd"));
            Assert.True(r.Kpi("grossSubsidisedInsertions") <= r.Kpi("applications") - r.Kpi("applicationsRefusedBudget"), at);
        }

        // The budget binds: applications were left on the waiting list, and the call ran out.
        Assert.Contains(results, r => r.Kpi("applicationsRefusedBudget") > 0);
        Assert.Contains(results, r => r.ExhaustedOn is not null);
        Assert.Contains(results, r => r.Kpi("callExhaustedBeforeFilingEnd") == 1);
    }

    [Fact]
    public async Task Call_books_hold_their_invariants_after_every_month_of_the_simulation()
    {
        Scenario scenario = SmallBudgetScenario();
        for (int replicate = 0; replicate < 2; replicate++)
        {
            var setup = new SimulationSetup(scenario, Seed, replicate);
            IReadOnlyList<AwardDecision> decisions = RunCheckingEveryMonth(setup);

            // The loop above is the simulation's: it gives the decisions the simulation reports.
            ReplicateResult reference = await DirectBackend.RunAsync(new SimulationSetup(scenario, Seed, replicate));
            Assert.Equal(reference.Kpi("applications"), decisions.Count);
            Assert.Equal(reference.Kpi("applicationsRefusedBudget"), decisions.Count(d => d.Decision == DecisionKind.RefusedBudget));
        }
    }

    /// <summary>
    /// Steps the cohorts and the call month by month as <see cref="SimulationLoop"/> does, and after every month
    /// (and at the end) checks the call budget, the per-line books folded from its postings, and the employers.
    /// </summary>
    private static IReadOnlyList<AwardDecision> RunCheckingEveryMonth(SimulationSetup setup)
    {
        CallParameters call = setup.Call;
        Cohort[] cohorts = [.. setup.Scenario.Population!.Districts.Keys.Order(StringComparer.Ordinal).Select(d => new Cohort(setup, d))];
        var engine = new GrantCallEngine(call);
        var books = call.BudgetLines.ToDictionary(l => l.Code, l => new BudgetLineBook(l.Code));
        int folded = 0;
        decimal lowestAvailable = decimal.MaxValue;
        var news = new CallNews(setup.CallHasMoney, null);

        void Check(string when)
        {
            CallBudget budget = engine.Budget;
            Assert.True(budget.AvailableEur >= 0, $"{when}: available {budget.AvailableEur}");
            Assert.True(budget.CommittedEur >= 0, $"{when}: committed {budget.CommittedEur}");
            Assert.Equal(budget.TotalEur, budget.CommittedEur + budget.AvailableEur);
            Assert.Equal(call.BudgetEur + engine.TopUpsEur - engine.CutsEur, budget.TotalEur);

            // Each line's book, folded from the postings, checks its own bounds (it throws when one is broken)
            // and agrees with the budget.
            for (; folded < budget.Postings.Count; folded++)
            {
                LedgerPosting p = budget.Postings[folded];
                books[p.Line].Post(p);
            }

            foreach (BudgetLineSpec line in call.BudgetLines)
            {
                Assert.True(budget.AvailableOn(line.Code) >= 0, $"{when}: {line.Code} available {budget.AvailableOn(line.Code)}");
                Assert.Equal(budget.AvailableOn(line.Code), books[line.Code].AvailableEur);
            }

            Assert.Equal(budget.CommittedEur, books.Values.Sum(b => b.NetCommittedEur));

            foreach (EmployerLedger e in engine.Employers.Values)
            {
                Assert.True(e.SubsidisedParticipants <= call.MaxParticipantsPerEmployer, $"{when}: {e.EmployerId} has {e.SubsidisedParticipants} participants");
                Assert.True(e.GrantedInCallEur == 0 || e.PriorDeMinimisEur + e.GrantedInCallEur <= e.CapEur,
                    $"{when}: {e.EmployerId}: {e.PriorDeMinimisEur} + {e.GrantedInCallEur} above {e.CapEur}");
            }

            lowestAvailable = Math.Min(lowestAvailable, budget.AvailableEur);
        }

        for (int month = 0; month < setup.TotalMonths; month++)
        {
            Application[] applications = [.. cohorts.SelectMany(c => c.Step(month, news).Applications).OrderBy(a => a, RegistryOrder.Comparer)];
            engine.Register(applications);
            engine.AdvanceThrough(setup.MonthStarts[month].AddMonths(1).AddDays(-1));
            news = news with { ExhaustedOn = engine.ExhaustedOn };
            Check($"replicate {setup.Replicate}, end of {setup.MonthStarts[month]:yyyy-MM}");
        }

        engine.RunToEnd();
        Check($"replicate {setup.Replicate}, end of the call");

        // Once every justification is done, no line has paid out more than it has committed.
        Assert.All(books.Values, b => Assert.True(b.NetPaidEur <= b.NetCommittedEur, $"{b.Line}: paid {b.NetPaidEur} above committed {b.NetCommittedEur}"));

        IReadOnlyList<AwardDecision> decisions = engine.Decisions();
        decimal netPaid = decisions.Sum(d => d.PaidEur - d.RefundedEur);
        Assert.True(netPaid <= engine.Budget.CommittedEur, $"net paid {netPaid} above committed {engine.Budget.CommittedEur}");
        Assert.All(decisions, d => Assert.True(d.RefundedEur >= 0 && d.RefundedEur <= d.PaidEur && d.PaidEur - d.RefundedEur <= d.GrantedEur, $"{d}"));
        // The budget bound: some application waited, and the call got down to less than one full grant.
        Assert.NotNull(engine.ExhaustedOn);
        Assert.Contains(decisions, d => d.Decision == DecisionKind.RefusedBudget);
        Assert.True(lowestAvailable < call.Monthly * call.MaxSubsidisedMonths, $"lowest available {lowestAvailable}");
        return decisions;
    }
}
