using Soc.Simulation.Model.Simulation;

namespace Soc.Simulation.Grains.Simulation;

/// <summary>
/// Which districts share a cohort grain. A grain call and its answer cost tens of microseconds, and a Barcelona
/// district's month only ~60 µs of work, so one grain per district spent more on messages than on people (the
/// marginal rate through the grains was half the Model's). A grain takes districts in ordinal order until it expects
/// at least <see cref="ParticipantsPerGrain"/> participants; a remainder below that joins the last grain. Barcelona
/// (28,400 participants) gets one grain, Catalonia (350,000) four, Spain (2.8 million, 18 communities) 14, and a large district a grain of its own. Each
/// district keeps its own cohort and random streams, so the grouping changes where the work runs, never the numbers.
/// </summary>
public static class CohortGroups
{
    /// <summary>Enough work per month that the messages are a small part of it, and still a grain per large district to spread over a cluster's cores.</summary>
    public const int ParticipantsPerGrain = 50_000;

    /// <summary>The groups, each a run of districts in ordinal order, so reading them one after another gives every district once, in order.</summary>
    public static string[][] For(SimulationSetup setup)
    {
        var population = setup.Scenario.Population!;
        decimal total = population.Districts.Values.Sum();
        double arrivals = (double)population.MonthlyArrivals * setup.Horizon.ArrivalMonths;
        var groups = new List<List<string>>();
        var current = new List<string>();
        double expected = 0;
        foreach (string district in population.Districts.Keys.Order(StringComparer.Ordinal))
        {
            current.Add(district);
            expected += total <= 0 ? 0 : arrivals * (double)(population.Districts[district] / total);
            if (expected < ParticipantsPerGrain) continue;
            groups.Add(current);
            (current, expected) = ([], 0);
        }

        if (current.Count > 0)
        {
            if (groups.Count > 0) groups[^1].AddRange(current);
            else groups.Add(current);
        }

        return [.. groups.Select(g => g.ToArray())];
    }
}
