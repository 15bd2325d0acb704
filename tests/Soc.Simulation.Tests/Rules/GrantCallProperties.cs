using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Soc.Simulation.Tests.Rules.CallFixtures;
using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Model.Budget;
using Soc.Simulation.Model.Employers;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;

namespace Soc.Simulation.Tests.Rules;

/// <summary>A random call: small budget, levers, dated top-ups and cuts, and a register of applications.</summary>
public sealed record Scenario(CallParameters Call, IReadOnlyList<Application> Applications, int Seed)
{
    public override string ToString()
    {
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"budget {Call.BudgetEur}, {Call.AwardOrder}, partial {Call.PartialGrants}, seed {Seed}\n");
        foreach (BudgetChange c in Call.BudgetChanges)
        {
            s.Append(CultureInfo.InvariantCulture, $"  {c}\n");
        }

        foreach (Application a in Applications)
        {
            s.Append(CultureInfo.InvariantCulture,
                $"  {a.ApplicationId} reg {a.RegisteredAt:yyyy-MM-dd HH:mm} emp {a.EmployerId}/{a.EmployerType}/road {a.RoadTransport}/prior {a.PriorDeMinimisEur} " +
                $"born {a.BirthDate} unemp {a.Unemployed} start {a.ContractStart} months {a.ContractMonths} h {a.WeeklyHours} " +
                $"ended {a.EndedOn} renounced {a.RenouncedOn}\n");
        }

        return s.ToString();
    }
}

/// <summary>Generates <see cref="Scenario"/>s where the budget binds and the employer caps are near.</summary>
public static class ScenarioArbitrary
{
    private static readonly DateOnly Origin = new(2022, 10, 1);

    private sealed record EmployerSpec(EmployerType Type, bool RoadTransport, decimal Prior);

    public static Arbitrary<Scenario> Scenario() => Arb.From(ScenarioGen(), Shrink);

    private static Gen<Scenario> ScenarioGen() =>
        from budgetCents in Gen.Frequency((4, Gen.Choose(0, 4_000_000)), (1, Gen.Choose(4_000_000, 12_000_000)))
        from order in Gen.Frequency((3, Gen.Constant(AwardOrder.Strict)), (1, Gen.Constant(AwardOrder.SkipToFit)))
        from partial in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from changeCount in Gen.Choose(0, 3)
        from changes in Gen.ListOf(ChangeGen(), changeCount)
        from employerCount in Gen.Choose(2, 6)
        from employers in Gen.ListOf(EmployerGen(), employerCount)
        from appCount in Gen.Choose(0, 30)
        from apps in Gen.ListOf(ApplicationGen([.. employers]), appCount)
        from seed in Gen.Choose(0, 1_000_000)
        select new Scenario(
            CallWithBudget(budgetCents / 100m, [.. changes]) with { AwardOrder = order, PartialGrants = partial },
            [.. apps.Select((a, i) => a with { ApplicationId = $"a{i:00}", ParticipantId = $"p{i:00}" })],
            seed);

    private static Gen<BudgetChange> ChangeGen() =>
        from day in Gen.Choose(0, 400)
        from kind in Gen.Elements(BudgetChangeKind.TopUp, BudgetChangeKind.Cut)
        from cents in Gen.Choose(1, 2_000_000)
        from line in Gen.Elements<string?>(null, null, Line470, Line481, Line482, Line484)
        select new BudgetChange(Origin.AddDays(day), kind, cents / 100m, line);

    private static Gen<EmployerSpec> EmployerGen() =>
        from type in Gen.Elements(EmployerType.Company, EmployerType.SelfEmployed, EmployerType.CivilSociety, EmployerType.NonProfit)
        from road in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from headroom in Gen.Frequency(
            (6, Gen.Constant(1_000_000m)),
            (2, Gen.Elements(100_000m, 30_000m, 20_000m, 15_000m)),
            (2, Gen.Elements(FullGrant, FullGrant - 0.01m, 10_000m, SixMonthGrant, 5_000m, 1_000m, 0m)))
        let cap = road ? Call2023.DeMinimisRoadTransportCapEur : Call2023.DeMinimisCapEur
        select new EmployerSpec(type, road, Math.Max(0m, cap - headroom));

    private static Gen<Application> ApplicationGen(EmployerSpec[] employers) =>
        from employer in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(0, employers.Length - 1)))
        from startDay in Gen.Choose(-5, 190)
        from filingDelay in Gen.Frequency((5, Gen.Choose(0, 61)), (1, Gen.Choose(-10, 75)))
        from hour in Gen.Choose(8, 10)
        from minute in Gen.Elements(0, 30)
        from age in Gen.Frequency((1, Gen.Choose(29, 31)), (4, Gen.Choose(32, 64)))
        from birthShift in Gen.Choose(-2, 2)
        from unemployed in Gen.Frequency((19, Gen.Constant(true)), (1, Gen.Constant(false)))
        from months in Gen.Elements<int?>(null, null, 5, 6, 6, 7, 9, 9, 12, 12, 24)
        from hours in Gen.Elements(19.99m, 20m, 20m, 25m, 30m, 37.5m, 40m, 40m, 40m, 40m)
        from ended in Gen.Frequency((4, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 300).Select(d => (int?)d)))
        from renounced in Gen.Frequency((5, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 330).Select(d => (int?)d)))
        let e = employers[employer]
        let start = Origin.AddDays(startDay)
        let registered = start.AddDays(filingDelay)
        select new Application(
            ApplicationId: "",
            RegisteredAt: At(registered, hour, minute),
            EmployerId: $"e{employer}",
            EmployerType: e.Type,
            RoadTransport: e.RoadTransport,
            PriorDeMinimisEur: e.Prior,
            ParticipantId: "",
            BirthDate: start.AddYears(-age).AddDays(birthShift),
            Unemployed: unemployed,
            ContractStart: start,
            ContractMonths: months,
            WeeklyHours: hours,
            Permanent: months is null,
            EndedOn: ended is int d ? start.AddDays(d) : null,
            RenouncedOn: renounced is int r ? registered.AddDays(r) : null);

    private static IEnumerable<Scenario> Shrink(Scenario s)
    {
        for (int i = 0; i < s.Applications.Count; i++)
        {
            yield return s with { Applications = [.. s.Applications.Where((_, j) => j != i)] };
        }

        for (int i = 0; i < s.Call.BudgetChanges.Count; i++)
        {
            yield return s with { Call = s.Call with { BudgetChanges = [.. s.Call.BudgetChanges.Where((_, j) => j != i)] } };
        }
    }
}

/// <summary>
/// Properties of the engine over random registers (F4–F9): bounds of the budget and of every employer at the end
/// of every day, line books that fold without error, and decisions that depend neither on batching nor on the
/// order applications are registered in.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ScenarioArbitrary) }, MaxTest = 100)]
public class GrantCallProperties
{
    private static readonly DateOnly FirstDay = new(2022, 9, 1);
    private static readonly DateOnly LastDay = new(2024, 6, 30);

    [Property]
    public void F6_F5_budget_lines_and_employers_stay_in_bounds_every_day(Scenario s) =>
        RunBatched(s, engine =>
        {
            CallBudget budget = engine.Budget;
            foreach (string line in Lines)
            {
                Assert.True(budget.AvailableOn(line) >= 0, $"{line} available {budget.AvailableOn(line)} on {engine.ProcessedThrough}");
            }

            Assert.True(budget.CommittedEur >= 0 && budget.AvailableEur >= 0);
            Assert.Equal(budget.TotalEur, budget.CommittedEur + budget.AvailableEur);
            Assert.Equal(s.Call.BudgetEur + engine.TopUpsEur - engine.CutsEur, budget.TotalEur);

            foreach (EmployerLedger e in engine.Employers.Values)
            {
                Assert.True(e.SubsidisedParticipants <= s.Call.MaxParticipantsPerEmployer, $"{e.EmployerId}: {e.SubsidisedParticipants} participants");
                Assert.True(e.GrantedInCallEur == 0 || e.PriorDeMinimisEur + e.GrantedInCallEur <= e.CapEur,
                    $"{e.EmployerId}: {e.PriorDeMinimisEur} + {e.GrantedInCallEur} above {e.CapEur}");
            }
        });

    /// <summary>
    /// Every posting folds into its line's <see cref="BudgetLineBook"/>, which throws on a bound broken or on a
    /// posting dated in a month before one already booked; the books agree with the budget every day.
    /// This caught a late reassignment booking its balance payment in the past (see
    /// GrantCallEngineTests.F7_no_balance_is_paid_before_the_advance_when_the_grant_comes_late).
    /// </summary>
    [Property(MaxTest = 300)]
    public void D_postings_fold_into_the_line_books_every_day(Scenario s)
    {
        var books = Lines.ToDictionary(l => l, l => new BudgetLineBook(l));
        int folded = 0;
        RunBatched(s, engine =>
        {
            CallBudget budget = engine.Budget;
            for (; folded < budget.Postings.Count; folded++)
            {
                LedgerPosting p = budget.Postings[folded];
                books[p.Line].Post(p);
            }

            foreach (string line in Lines)
            {
                Assert.Equal(budget.AvailableOn(line), books[line].AvailableEur);
            }
        });
    }

    [Property]
    public void F4_decisions_do_not_depend_on_batching_or_registration_order(Scenario s)
    {
        IReadOnlyList<AwardDecision> allAtOnce = RunAllAtOnce(s, s.Applications);
        IReadOnlyList<AwardDecision> batched = RunBatched(s, _ => { });
        var rng = new Random(s.Seed);
        IReadOnlyList<AwardDecision> shuffled = RunAllAtOnce(s, [.. s.Applications.OrderBy(_ => rng.Next())]);

        Assert.Equal(allAtOnce, batched);
        Assert.Equal(allAtOnce, shuffled);
    }

    [Property]
    public void F9_decisions_agree_with_the_rules_and_the_money_moved(Scenario s)
    {
        var engine = new GrantCallEngine(s.Call);
        engine.Register(s.Applications);
        engine.RunToEnd();
        IReadOnlyList<AwardDecision> decisions = engine.Decisions();
        var apps = s.Applications.ToDictionary(a => a.ApplicationId);

        // A12: registry order, ties broken by application id.
        Assert.Equal([.. s.Applications.Order(RegistryOrder.Comparer).Select(a => a.ApplicationId)], decisions.Select(d => d.ApplicationId));

        foreach (AwardDecision d in decisions)
        {
            Application a = apps[d.ApplicationId];
            string? ineligible = Eligibility.Refusal(a, s.Call);
            bool granted = d.Decision is DecisionKind.Granted or DecisionKind.GrantedOnReassignment;

            Assert.True(d.RefundedEur >= 0 && d.RefundedEur <= d.PaidEur && d.PaidEur - d.RefundedEur <= d.GrantedEur, $"{d}");
            if (ineligible is not null)
            {
                // F1, F2 before anything else.
                Assert.Equal(DecisionKind.RefusedIneligible, d.Decision);
                Assert.Equal(ineligible, d.Reason);
            }

            if (granted)
            {
                Assert.Equal("", d.Reason);
                Assert.True(d.GrantedEur > 0 && d.GrantedEur <= SubsidyAmount.Requested(a, s.Call), $"{d}");
                Assert.True(d.DecidedOn >= a.RegisteredOn, $"{d}");
                if (a.RenouncedOn is not null)
                {
                    Assert.Equal(d.PaidEur, d.RefundedEur); // F8: the whole advance comes back
                }
                else if (a.EndedOn is null || a.EndedOn >= SubsidisedPeriod.For(a, s.Call).End)
                {
                    Assert.Equal(d.GrantedEur, d.PaidEur); // F7: advance + balance
                    Assert.Equal(0m, d.RefundedEur);
                }
            }
            else
            {
                Assert.Equal(0m, d.GrantedEur);
                Assert.Equal(0m, d.PaidEur);
                Assert.Equal(0m, d.RefundedEur);
            }

            if (d.Decision == DecisionKind.RefusedIneligible)
            {
                Assert.Matches("^(A1|A2|A3|A11|B3|B4|A6)( |$)", d.Reason);
            }

            if (d.Decision == DecisionKind.Granted || d.Decision == DecisionKind.RefusedBudget)
            {
                Assert.Equal(a.RegisteredOn, d.DecidedOn); // F8: a first decision is dated on registration
            }

            if (d.Decision == DecisionKind.GrantedOnReassignment)
            {
                Assert.True(d.DecidedOn < s.Call.ExecutionEnd, $"{d}"); // F8: no reassignment on or after execution end
            }
        }

        // Paid and refunded per decision add up to the payments and refunds booked on the lines.
        decimal booked = engine.Budget.Postings.Where(p => p.Kind == PostingKind.Payment).Sum(p => p.AmountEur)
            - engine.Budget.Postings.Where(p => p.Kind == PostingKind.Refund).Sum(p => p.AmountEur);
        Assert.Equal(booked, decisions.Sum(d => d.PaidEur - d.RefundedEur));

        if (s.Call.AwardOrder == AwardOrder.Strict)
        {
            AssertStrictOrder(decisions, apps);
        }
    }

    /// <summary>
    /// F4: while an application refused for budget is on the waiting list (it never got money and had not renounced),
    /// no application behind it in registry order is granted.
    /// </summary>
    private static void AssertStrictOrder(IReadOnlyList<AwardDecision> decisions, Dictionary<string, Application> apps)
    {
        for (int i = 0; i < decisions.Count; i++)
        {
            AwardDecision waiting = decisions[i];
            if (waiting.Decision != DecisionKind.RefusedBudget)
            {
                continue;
            }

            Application w = apps[waiting.ApplicationId];
            DateOnly leftOn = w.RenouncedOn is DateOnly r ? (r > w.RegisteredOn ? r : w.RegisteredOn) : DateOnly.MaxValue;
            for (int j = i + 1; j < decisions.Count; j++)
            {
                AwardDecision later = decisions[j];
                bool granted = later.Decision is DecisionKind.Granted or DecisionKind.GrantedOnReassignment;
                Assert.False(granted && later.DecidedOn < leftOn,
                    $"{later.ApplicationId} granted on {later.DecidedOn} while {waiting.ApplicationId} was waiting ahead of it");
            }
        }
    }

    private static IReadOnlyList<AwardDecision> RunAllAtOnce(Scenario s, IEnumerable<Application> applications)
    {
        var engine = new GrantCallEngine(s.Call);
        engine.Register(applications);
        engine.RunToEnd();
        return engine.Decisions();
    }

    /// <summary>
    /// Registers the applications in random batches, each some days ahead of its registration day, and advances
    /// the clock one day at a time, calling <paramref name="afterEachDay"/> after each day and after the end.
    /// </summary>
    private static IReadOnlyList<AwardDecision> RunBatched(Scenario s, Action<GrantCallEngine> afterEachDay)
    {
        var rng = new Random(s.Seed);
        var byDay = s.Applications
            .Select(a => (App: a, Key: rng.Next()))
            .GroupBy(x =>
            {
                DateOnly known = x.App.RegisteredOn.AddDays(-rng.Next(0, 45));
                return known < FirstDay ? FirstDay : known;
            })
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.Key).Select(x => x.App).ToList());

        var engine = new GrantCallEngine(s.Call);
        for (DateOnly day = FirstDay; day <= LastDay; day = day.AddDays(1))
        {
            if (byDay.TryGetValue(day, out List<Application>? batch))
            {
                engine.Register(batch);
            }

            engine.AdvanceThrough(day);
            afterEachDay(engine);
        }

        engine.RunToEnd();
        afterEachDay(engine);
        return engine.Decisions();
    }
}
