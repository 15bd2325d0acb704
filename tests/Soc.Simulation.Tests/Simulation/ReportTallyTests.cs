using Soc.Simulation.Model.Participants;
using Soc.Simulation.Model.Randomness;
using Soc.Simulation.Model.Simulation;

namespace Soc.Simulation.Tests.Simulation;

/// <summary>
/// A cohort's report counts members by profile and outcomes and adds the groups up at the end (<see cref="ReportTally"/>):
/// every count must come out as counting member by member and group by group gives it, values and order of the groups.
/// </summary>
public class ReportTallyTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 40)]
    [InlineData(3, 3000)]
    public void Counts_by_profile_give_the_counts_and_the_order_of_counting_member_by_member(ulong seed, int members)
    {
        var setup = new SimulationSetup(Barcelona.Load(), 1, 0);
        ReportGroups groups = ReportGroups.For(setup);
        var tally = new ReportTally(groups, setup.Programmes.Count);
        var byName = Enumerable.Range(0, ReportTally.Counts).Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        var rng = new RandomStream(seed);
        Span<int> of = stackalloc int[ReportGroups.MaxPerParticipant];
        for (int i = 0; i < members; i++)
        {
            var p = new Participant
            {
                AgeBand = (AgeBand)rng.Next(0, 3),
                LongTermUnemployed = rng.Chance(0.4),
                FirstProgramme = (sbyte)rng.Next(-1, setup.Programmes.Count),
                SecondProgramme = (sbyte)(rng.Chance(0.5) ? -1 : rng.Next(0, setup.Programmes.Count)),
            };
            // Rare outcomes too, so that some groups first count someone late.
            int outcomes = 1;
            for (int count = 1; count < ReportTally.Counts; count++) outcomes |= rng.Chance(0.05 * count) ? 1 << count : 0;
            tally.Add(i, p, outcomes);
            int n = groups.Of(p, of);
            for (int count = 0; count < ReportTally.Counts; count++)
            {
                if ((outcomes & (1 << count)) == 0) continue;
                foreach (int g in of[..n].ToArray()) byName[count][groups.Names[g]] = byName[count].GetValueOrDefault(groups.Names[g]) + 1;
            }
        }

        for (int count = 0; count < ReportTally.Counts; count++)
        {
            Assert.Equal(byName[count].ToList(), tally.ByName(count).ToList());
        }
    }
}
