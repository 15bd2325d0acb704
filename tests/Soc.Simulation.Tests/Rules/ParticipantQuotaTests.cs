using static Soc.Simulation.Tests.Rules.CallFixtures;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;

namespace Soc.Simulation.Tests.Rules;

/// <summary>
/// Participant quotas (B7, I6): a share of the call's budget is held for a group until the reservation ends; an
/// application outside the group waits for it without blocking the registry order behind it.
/// </summary>
public class ParticipantQuotaTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    // Four full grants: a quarter held for the long-term unemployed leaves 31,500.09 € = exactly three grants for the others.
    private static readonly CallParameters FourGrants = CallWithBudget(4 * FullGrant);

    private static CallParameters WithQuota(CallParameters call, QuotaGroup group, decimal share, DateOnly? until = null) =>
        call with { Quotas = [new ParticipantQuota(group, share, until)] };

    private static Application Reg(string id, DateOnly day, bool? longTerm = false) =>
        Application(id) with { RegisteredAt = At(day), LongTermUnemployed = longTerm };

    /// <summary>Five applications of people who are not long-term unemployed, then one who is.</summary>
    private static Application[] FiveOthersThenOne() =>
    [
        Reg("a1", D(2022, 10, 5)), Reg("a2", D(2022, 10, 6)), Reg("a3", D(2022, 10, 7)),
        Reg("a4", D(2022, 10, 8)), Reg("a5", D(2022, 10, 9)), Reg("a6", D(2022, 10, 10), longTerm: true),
    ];

    [Fact]
    public void Without_a_quota_the_first_four_in_registry_order_take_the_budget()
    {
        var d = Run(FourGrants, FiveOthersThenOne());
        Assert.All(new[] { "a1", "a2", "a3", "a4" }, id => Assert.Equal(DecisionKind.Granted, d[id].Decision));
        Assert.Equal(DecisionKind.RefusedBudget, d["a6"].Decision);
    }

    [Fact]
    public void A_quota_holds_its_share_for_the_group_and_the_others_wait_without_blocking_it()
    {
        var d = Run(WithQuota(FourGrants, QuotaGroup.LongTermUnemployed, 0.25m), out GrantCallEngine engine, FiveOthersThenOne());
        Assert.All(new[] { "a1", "a2", "a3" }, id => Assert.Equal(DecisionKind.Granted, d[id].Decision));
        // a4 and a5 would fit in the budget, but not in what the quota leaves to the others; a6, behind them, is granted on its day.
        Assert.Equal(DecisionKind.Granted, d["a6"].Decision);
        Assert.Equal(D(2022, 10, 10), d["a6"].DecidedOn);
        Assert.Equal(FullGrant, d["a6"].GrantedEur);
        Assert.Equal(DecisionKind.RefusedBudget, d["a4"].Decision);
        Assert.Equal(DecisionKind.RefusedBudget, d["a5"].Decision);
        // Once the reservation has ended (after the filing end) nothing is left: they waited for budget in the end.
        AssertReason("A12", d["a4"].Reason);
        Assert.Equal(D(2023, 6, 2), engine.ExhaustedOn);
        // So the call ran dry only after its filing end (2023-06-01): callExhausted but not callExhaustedBeforeFilingEnd.
        Assert.True(engine.ExhaustedOn > FourGrants.FilingEnd);
    }

    [Fact]
    public void While_the_reservation_holds_the_refusal_says_so_and_the_call_has_not_run_out()
    {
        var call = WithQuota(FourGrants, QuotaGroup.LongTermUnemployed, 0.25m);
        var engine = new GrantCallEngine(call);
        engine.Register(FiveOthersThenOne());
        engine.AdvanceThrough(D(2022, 10, 9));
        AwardDecision a4 = engine.Decisions().Single(x => x.ApplicationId == "a4");
        Assert.Equal(DecisionKind.RefusedBudget, a4.Decision);
        Assert.StartsWith("B7 budget reserved for the long-term unemployed quota (25%) until 2023-06-01", a4.Reason, StringComparison.Ordinal);
        Assert.Null(engine.ExhaustedOn);
        Assert.Equal(FullGrant, engine.AvailableEur);
    }

    [Fact]
    public void When_the_reservation_ends_the_money_it_held_goes_to_the_waiting_list_in_registry_order()
    {
        var call = WithQuota(FourGrants, QuotaGroup.LongTermUnemployed, 0.25m, until: D(2023, 1, 31));
        var d = Run(call, FiveOthersThenOne()[..5]);
        Assert.Equal(DecisionKind.GrantedOnReassignment, d["a4"].Decision);
        Assert.Equal(D(2023, 2, 1), d["a4"].DecidedOn);
        Assert.Equal(ReleaseKind.QuotaEnd, d["a4"].Trail!.Freed);
        Assert.Equal(DecisionKind.RefusedBudget, d["a5"].Decision);
        AssertReason("A12", d["a5"].Reason);
    }

    [Fact]
    public void A_renounced_grant_outside_the_group_frees_room_for_the_next_one_outside_it()
    {
        Application[] register = FiveOthersThenOne();
        register[1] = register[1] with { RenouncedOn = D(2022, 10, 20) };
        var d = Run(WithQuota(FourGrants, QuotaGroup.LongTermUnemployed, 0.25m), register);
        Assert.Equal(DecisionKind.GrantedOnReassignment, d["a4"].Decision);
        Assert.Equal(D(2022, 10, 20), d["a4"].DecidedOn);
        Assert.Equal(DecisionKind.RefusedBudget, d["a5"].Decision);
        Assert.Equal(DecisionKind.Granted, d["a6"].Decision);
    }

    [Fact]
    public void The_forty_five_or_older_group_is_judged_on_the_contract_start_and_an_unmarked_participant_is_not_long_term_unemployed()
    {
        Application older = Reg("a4", D(2022, 10, 8)) with { BirthDate = D(1977, 10, 1) };  // 45 on 2022-10-01
        Application younger = Reg("a5", D(2022, 10, 9)) with { BirthDate = D(1977, 10, 2) };  // 44 on 2022-10-01
        Application[] register = [Reg("a1", D(2022, 10, 5)), Reg("a2", D(2022, 10, 6)), Reg("a3", D(2022, 10, 7)), younger, older];
        var d = Run(WithQuota(FourGrants, QuotaGroup.FortyFiveOrOlder, 0.25m), register);
        Assert.Equal(DecisionKind.RefusedBudget, d["a5"].Decision);
        Assert.Equal(DecisionKind.Granted, d["a4"].Decision);

        Assert.False(QuotaBook.InGroup(Reg("x", D(2022, 10, 5), longTerm: null), QuotaGroup.LongTermUnemployed));
        Assert.True(QuotaBook.InGroup(Reg("x", D(2022, 10, 5), longTerm: true), QuotaGroup.LongTermUnemployed));
    }

    [Fact]
    public void The_others_share_is_rounded_down_to_the_cent_so_it_never_takes_a_cent_of_the_reservation()
    {
        // 42,000.12 × (1 − 0.2500001) = 31,500.0858…: rounded to the nearest cent the others could take 31,500.09, exactly
        // three grants; rounded down they may take 31,500.08, and the third grant would take a cent of the reservation.
        var call = WithQuota(FourGrants, QuotaGroup.LongTermUnemployed, 0.2500001m);
        var engine = new GrantCallEngine(call);
        engine.Register(FiveOthersThenOne()[..3]);
        engine.AdvanceThrough(D(2022, 10, 7));
        var d = engine.Decisions().ToDictionary(x => x.ApplicationId);
        Assert.Equal(DecisionKind.Granted, d["a2"].Decision);
        Assert.Equal(DecisionKind.RefusedBudget, d["a3"].Decision);
        AssertReason("B7", d["a3"].Reason);
        Assert.Equal(31_500.08m, Model.Money.CentsDown(31_500.0858m));
    }

    [Fact]
    public void A_fork_keeps_what_the_others_hold_and_goes_on_as_the_whole_run()
    {
        var call = WithQuota(FourGrants, QuotaGroup.LongTermUnemployed, 0.25m);
        var whole = Run(call, FiveOthersThenOne());
        var engine = new GrantCallEngine(call);
        engine.Register(FiveOthersThenOne());
        engine.AdvanceThrough(D(2022, 10, 7));
        GrantCallEngine fork = engine.Fork();
        fork.RunToEnd();
        Assert.Equal(whole.Values.OrderBy(x => x.ApplicationId), fork.Decisions().OrderBy(x => x.ApplicationId));
    }

    [Fact]
    public void The_outcome_reports_the_group_share_of_the_grants()
    {
        var call = WithQuota(FourGrants, QuotaGroup.LongTermUnemployed, 0.25m);
        Application[] register = FiveOthersThenOne();
        var engine = new GrantCallEngine(call);
        engine.Register(register);
        engine.RunToEnd();
        QuotaOutcome q = Assert.Single(QuotaOutcome.Of(call, register, engine.Decisions()));
        Assert.Equal("long_term_unemployed", q.Group);
        Assert.Equal((4, 1, 0.25), (q.Granted, q.GrantedInGroup, q.ShareOfGranted));
        Assert.Equal(FullGrant, q.GrantedInGroupEur);
        Assert.True(q.Met);
        Assert.Equal(0, q.RefusedWhileReserved);

        QuotaOutcome unmet = Assert.Single(QuotaOutcome.Of(call with { Quotas = [new ParticipantQuota(QuotaGroup.LongTermUnemployed, 0.3m)] }, register, engine.Decisions()));
        Assert.False(unmet.Met);
    }
}
