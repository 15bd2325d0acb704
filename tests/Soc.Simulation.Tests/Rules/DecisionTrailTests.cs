using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Tests.Web;

namespace Soc.Simulation.Tests.Rules;

/// <summary>The call engine's decision trail (A7, A12, F4, F8) on a register whose euros are known by hand: facts recorded, decisions unchanged.</summary>
public class DecisionTrailTests
{
    private static IReadOnlyList<AwardDecision> Decide()
    {
        Abstractions.Scenarios.Scenario scenario = ScenarioFile.Load(TestPaths.Baseline, [HandMadeRegister.Budget]);
        var applications = RegisterReader.Read(HandMadeRegister.Bytes, "hand.csv", new RegisterOptions(null, CsvLocale.Auto));
        return DirectReplay.Run(scenario, applications).Decisions;
    }

    [Fact]
    public void A_budget_refusal_records_the_euros_left_that_day_and_what_the_application_needed()
    {
        Dictionary<string, AwardDecision> d = Decide().ToDictionary(x => x.ApplicationId);
        Assert.Null(d["APP-1"].Trail);
        Assert.Equal(DecisionKind.Granted, d["APP-2"].Decision);

        DecisionTrail four = d["APP-4"].Trail!;
        Assert.Equal(DecisionKind.RefusedBudget, d["APP-4"].Decision);
        Assert.Equal(new DateOnly(2022, 12, 7), four.RefusedOn);
        Assert.Equal(10_500.03m, four.NeededEur);
        Assert.Equal(25_000m - 2 * 10_500.03m, four.CallLeftEur);
        // The company line (70 % = 17,500 €) lent out all it had and borrowed the rest: nothing left on it.
        Assert.Equal("D/470000121/331L/0000", four.Line);
        Assert.Equal(0m, four.LineLeftEur);
        Assert.Null(four.WaitingAhead);
        Assert.Null(four.GrantedOn);

        // 3,500.01 € would fit in the 3,999.94 € left, but APP-3 waits ahead of it in strict registry order (F4).
        DecisionTrail five = d["APP-5"].Trail!;
        Assert.Equal(3_500.01m, five.NeededEur);
        Assert.Equal(3_999.94m, five.CallLeftEur);
        Assert.Equal("APP-3", five.WaitingAhead);
        Assert.Equal(DecisionKind.RefusedBudget, d["APP-5"].Decision);
    }

    [Fact]
    public void A_reassignment_records_the_day_and_the_release_that_freed_the_money()
    {
        AwardDecision three = Decide().Single(x => x.ApplicationId == "APP-3");
        Assert.Equal(DecisionKind.GrantedOnReassignment, three.Decision);
        Assert.Equal(new DateOnly(2023, 2, 1), three.DecidedOn);
        DecisionTrail t = three.Trail!;
        Assert.Equal(new DateOnly(2022, 12, 6), t.RefusedOn);
        Assert.Equal(3_999.94m, t.CallLeftEur);
        Assert.Equal(new DateOnly(2023, 2, 1), t.GrantedOn);
        Assert.Equal(ReleaseKind.Renunciation, t.Freed);
        Assert.Equal("APP-2", t.FreedBy);
        Assert.Equal(10_500.03m, t.FreedEur);
        Assert.Equal(14_499.97m, t.AvailableEur);
    }

    [Fact]
    public void The_trail_is_written_beside_awards_csv_whose_columns_stay_as_they_are()
    {
        IReadOnlyList<AwardDecision> decisions = Decide();
        Assert.StartsWith("application_id,decision,reason,granted_eur,paid_eur,refunded_eur,decided_on\n", AwardsCsv.Write(decisions), StringComparison.Ordinal);
        string[] trail = DecisionTrailCsv.Write(decisions).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(DecisionTrailCsv.Header, trail[0]);
        Assert.Equal(
        [
            "APP-3,granted_on_reassignment,2022-12-06,10500.03,3999.94,D/470000121/331L/0000,0.00,,2023-02-01,renunciation,APP-2,10500.03,14499.97",
            "APP-4,refused_budget,2022-12-07,10500.03,3999.94,D/470000121/331L/0000,0.00,,,,,,",
            "APP-5,refused_budget,2022-12-08,3500.01,3999.94,D/470000121/331L/0000,0.00,APP-3,,,,,",
        ], trail[1..]);
    }
}
