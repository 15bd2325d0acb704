using Soc.Simulation.Abstractions.GrantCall;
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
    /// <summary>The separator between a territory's id and the generated id, which the simulated territory's ids never hold.</summary>
    public const char IdSeparator = ':';

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
                    ApplicationId = $"{t.Id}{IdSeparator}{a.ApplicationId}",
                    EmployerId = $"{t.Id}{IdSeparator}{a.EmployerId}",
                    ParticipantId = $"{t.Id}{IdSeparator}{a.ParticipantId}",
                });
            }
        }

        return [.. all.OrderBy(a => a, GrantCall.RegistryOrder.Comparer)];
    }

    /// <summary>Whether an application is another territory's (the simulated territory's ids hold no separator).</summary>
    public static bool IsOther(string applicationId) => applicationId.Contains(IdSeparator, StringComparison.Ordinal);
}
