using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Promoters;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Randomness;
using Soc.Simulation.Model.Register;

namespace Soc.Simulation.Model.Territories;

/// <summary>
/// The applications the other territories of a scenario file with its call in one replicate (I1). ASSUMPTION: a
/// territory's demand has the shapes of the synthetic register (<see cref="SampleRegisterGenerator"/>: contracts,
/// employers, filing delays, early ends, renunciations), moved to the call's calendar; only how many it files is given.
/// Each replicate draws them from its own stream, so compared scenarios share them (common random numbers).
/// </summary>
public static class OtherTerritories
{
    public static IReadOnlyList<Application> Applications(Scenario scenario, ulong seed, int replicate)
    {
        if (scenario.Territories is not { Count: > 0 } territories) return [];
        // The generator draws the 2023 call's calendar; later editions move it by whole years.
        int years = scenario.Call.HiringStart.Year - 2022;
        var all = new List<Application>();
        foreach (Territory t in territories)
        {
            int rows = (int)Math.Round(t.ApplicationsPerCall, MidpointRounding.AwayFromZero);
            if (rows <= 0) continue;
            ulong stream = RandomStream.For(seed, replicate, "territory:" + t.Id, "applications").NextUInt64();
            foreach (Application a in RegisterShift.YearsLater(SampleRegisterGenerator.Generate(rows, stream), years))
            {
                all.Add(a with
                {
                    ApplicationId = TerritoryIds.Of(t.Id, a.ApplicationId),
                    EmployerId = TerritoryIds.Of(t.Id, a.EmployerId),
                    ParticipantId = TerritoryIds.Of(t.Id, a.ParticipantId),
                });
            }
        }

        return [.. all.OrderBy(a => a, GrantCall.RegistryOrder.Comparer)];
    }

    /// <summary>
    /// Each other territory and the promoters of its employers in this replicate (I2): a promoter "{territory}:{id}" per
    /// <see cref="TerritoryPromoter"/>, pre-selecting the territory's employers as they first apply, each one to the
    /// promoter furthest below its share of the places so far (ties: the listed order), so the spread is in proportion to
    /// the places whatever the number of employers, and draws nothing.
    /// </summary>
    public static IReadOnlyList<TerritoryPromoters> Promoters(Scenario scenario, IReadOnlyList<Application> applications)
    {
        if (scenario.Territories is not { Count: > 0 } territories) return [];
        var employers = territories.ToDictionary(t => t.Id, _ => new List<string>(), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Application a in applications)
        {
            if (seen.Add(a.EmployerId)) employers[TerritoryIds.TerritoryOf(a.EmployerId)].Add(a.EmployerId);
        }

        return [.. territories.Select(t => new TerritoryPromoters(t.Id, Spread(t, employers[t.Id])))];
    }

    private static Promoter[] Spread(Territory t, List<string> employers)
    {
        if (t.Promoters.Count == 0) return [];
        int places = t.Promoters.Sum(p => p.Places);
        var chosen = t.Promoters.Select(_ => new List<string>()).ToArray();
        for (int k = 0; k < employers.Count; k++)
        {
            // The promoter whose share of the first k + 1 employers is furthest above what it has: share × (k + 1) − has.
            int best = 0;
            double bestDeficit = double.NegativeInfinity;
            for (int i = 0; i < chosen.Length; i++)
            {
                double share = places == 0 ? 1.0 / chosen.Length : (double)t.Promoters[i].Places / places;
                double deficit = share * (k + 1) - chosen[i].Count;
                if (deficit > bestDeficit) (best, bestDeficit) = (i, deficit);
            }

            chosen[best].Add(employers[k]);
        }

        return [.. t.Promoters.Select((p, i) => new Promoter(TerritoryIds.Of(t.Id, p.Id), p.Places, chosen[i], p.Name, t.Id))];
    }
}
