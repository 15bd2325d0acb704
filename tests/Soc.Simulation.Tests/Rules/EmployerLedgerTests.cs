using static Soc.Simulation.Tests.Rules.CallFixtures;
using Soc.Simulation.Model.Employers;

namespace Soc.Simulation.Tests.Rules;

/// <summary>F5: at most 5 participants per employer (B4) and the de minimis cap (A6), refused whole.</summary>
public class EmployerLedgerTests
{
    private static EmployerLedger Ledger(decimal prior = 0m, bool roadTransport = false) =>
        EmployerLedger.For(Application() with { EmployerId = "e", PriorDeMinimisEur = prior, RoadTransport = roadTransport }, Call2023);

    [Fact]
    public void B4_fifth_participant_is_allowed_and_sixth_refused()
    {
        EmployerLedger ledger = Ledger();
        for (int i = 1; i <= 4; i++)
        {
            ledger.Set($"a{i}", 1_000m);
        }

        Assert.Null(ledger.Refusal(1_000m));
        ledger.Set("a5", 1_000m);
        Assert.Equal(5, ledger.SubsidisedParticipants);
        AssertReason("B4", ledger.Refusal(1_000m));
        AssertReason("B4", ledger.Refusal(0.01m));
    }

    [Fact]
    public void B4_set_to_zero_frees_a_participant_slot()
    {
        EmployerLedger ledger = Ledger();
        for (int i = 1; i <= 5; i++)
        {
            ledger.Set($"a{i}", 1_000m);
        }

        ledger.Set("a3", 0m);
        Assert.Equal(4, ledger.SubsidisedParticipants);
        Assert.Equal(4_000m, ledger.GrantedInCallEur);
        Assert.Null(ledger.Refusal(1_000m));
    }

    [Fact]
    public void B4_changing_an_existing_grant_does_not_take_a_new_slot()
    {
        EmployerLedger ledger = Ledger();
        ledger.Set("a1", FullGrant);
        ledger.Set("a1", 2_908.74m);
        Assert.Equal(1, ledger.SubsidisedParticipants);
        Assert.Equal(2_908.74m, ledger.GrantedInCallEur);
    }

    [Fact]
    public void B4_setting_a_sixth_participant_throws()
    {
        EmployerLedger ledger = Ledger();
        for (int i = 1; i <= 5; i++)
        {
            ledger.Set($"a{i}", 1_000m);
        }

        Assert.Throws<InvalidOperationException>(() => ledger.Set("a6", 1_000m));
    }

    [Fact]
    public void A6_grant_landing_exactly_on_the_cap_is_allowed()
    {
        EmployerLedger ledger = Ledger(prior: 189_499.97m);
        Assert.Equal(200_000m, ledger.CapEur);
        Assert.Null(ledger.Refusal(FullGrant));
    }

    [Fact]
    public void A6_grant_one_cent_over_the_cap_is_refused_whole() =>
        AssertReason("A6", Ledger(prior: 189_499.98m).Refusal(FullGrant));

    [Fact]
    public void A6_grants_in_the_call_count_towards_the_cap()
    {
        EmployerLedger ledger = Ledger(prior: 180_000m);
        ledger.Set("a1", 9_499.97m);
        Assert.Null(ledger.Refusal(FullGrant));        // 180,000 + 9,499.97 + 10,500.03 = 200,000
        ledger.Set("a1", 9_499.98m);
        AssertReason("A6", ledger.Refusal(FullGrant)); // one cent over
    }

    [Fact]
    public void A6_road_transport_cap_is_100000()
    {
        EmployerLedger ledger = Ledger(prior: 89_499.97m, roadTransport: true);
        Assert.Equal(100_000m, ledger.CapEur);
        Assert.Null(ledger.Refusal(FullGrant));
        AssertReason("A6", ledger.Refusal(FullGrant + 0.01m));
    }

    [Fact]
    public void A6_setting_a_grant_above_the_cap_throws() =>
        Assert.Throws<InvalidOperationException>(() => Ledger(prior: 195_000m).Set("a1", FullGrant));
}
