using FsCheck.Xunit;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;

namespace Soc.Simulation.Tests.Rules;

/// <summary>
/// A projection decides a register up to its as-of day once and forks that state for each replicate's future
/// (<see cref="GrantCallEngine.Fork"/>, <see cref="GrantCallEngine.Learn"/>). On random calls (budget changes, both award
/// orders, partial grants, employer caps near) and any cut day, the fork told the rest of the register ends with the same
/// decisions, postings and exhaustion as one engine given the whole register at once; the engine forked from is untouched.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ScenarioArbitrary) }, MaxTest = 200)]
public class EngineForkProperties
{
    [Property]
    public void A_fork_told_the_future_ends_as_the_whole_register_does(Scenario s, byte cut)
    {
        DateOnly asOf = new DateOnly(2022, 10, 1).AddDays(cut * 2);
        var whole = new GrantCallEngine(s.Call);
        whole.Register(s.Applications);
        whole.RunToEnd();

        // What the register shows on the as-of day: later early ends and renunciations are not known yet.
        Application[] known = [.. s.Applications.Where(a => a.RegisteredOn <= asOf)
            .Select(a => a with { EndedOn = a.EndedOn <= asOf ? a.EndedOn : null, RenouncedOn = a.RenouncedOn <= asOf ? a.RenouncedOn : null })];
        var decided = new GrantCallEngine(s.Call);
        decided.Register(known);
        decided.AdvanceThrough(asOf);
        IReadOnlyList<AwardDecision> before = decided.Decisions();
        int postingsBefore = decided.Budget.Postings.Count;

        GrantCallEngine fork = decided.Fork();
        foreach (Application a in s.Applications.Where(a => a.RegisteredOn <= asOf))
        {
            DateOnly? ended = a.EndedOn > asOf ? a.EndedOn : null, renounced = a.RenouncedOn > asOf ? a.RenouncedOn : null;
            if (ended is not null || renounced is not null) fork.Learn(a.ApplicationId, ended, renounced);
        }

        fork.Register([.. s.Applications.Where(a => a.RegisteredOn > asOf)]);
        fork.RunToEnd();

        Assert.Equal(whole.Decisions(), fork.Decisions());
        Assert.Equal(whole.Budget.Postings, fork.Budget.Postings);
        Assert.Equal(whole.ExhaustedOn, fork.ExhaustedOn);
        Assert.Equal(whole.Budget.CommittedEur, fork.Budget.CommittedEur);
        Assert.Equal(before, decided.Decisions());
        Assert.Equal(postingsBefore, decided.Budget.Postings.Count);
    }

    [Property(MaxTest = 50)]
    public void Learning_of_a_day_already_decided_is_refused(Scenario s)
    {
        var engine = new GrantCallEngine(s.Call);
        engine.Register(s.Applications);
        engine.RunToEnd();
        foreach (Application a in s.Applications.Where(a => a.EndedOn is null && a.RenouncedOn is null))
        {
            Assert.Throws<InvalidOperationException>(() => engine.Learn(a.ApplicationId, null, engine.ProcessedThrough));
        }
    }
}
