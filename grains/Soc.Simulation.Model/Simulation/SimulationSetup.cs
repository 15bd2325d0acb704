using Soc.Simulation.GrantCall;
using Soc.Simulation.Participants;
using Soc.Simulation.Scenarios;

namespace Soc.Simulation.Simulation;

/// <summary>
/// A scenario turned into the arrays the monthly step reads in its inner loop, once per replicate, so the
/// step itself does no lookups by name.
/// </summary>
public sealed class SimulationSetup
{
    public SimulationSetup(Scenario scenario, ulong seed, int replicate)
    {
        if (!scenario.IsSimulation) throw new ArgumentException("the scenario has no population, services, employers, behaviour or pathway");
        Scenario = scenario;
        Seed = seed;
        Replicate = replicate;
        Call = scenario.Call;
        Horizon h = scenario.Horizon!;
        Population pop = scenario.Population!;
        Behaviour b = scenario.Behaviour!;
        Programmes = scenario.Services!;
        AgeBandShares = [.. ProfileNames.AgeBands.Select(n => (double)pop.AgeBands[n])];
        EducationShares = [.. ProfileNames.Education.Select(n => (double)pop.Education[n])];
        BaseHazard = [.. ProfileNames.AgeBands.Select(n => (double)b.MonthlyJobHazard[n])];
        EducationMultiplier = [.. ProfileNames.Education.Select(n => (double)b.EducationMultiplier[n])];
        TemporaryMonths = [.. b.TemporaryContractMonths.Select(c => c.Months)];
        TemporaryShares = [.. b.TemporaryContractMonths.Select(c => (double)c.Share)];
        Pathway = [.. scenario.Pathway!.Select(step => step.Select(id => IndexOf(id)).ToArray())];
        ParticipantProgrammes = [.. Programmes.Select(IsParticipantProgramme)];
        MarketMultiplier = Programmes.Where(p => !IsParticipantProgramme(p)).Aggregate(1.0, (m, p) => m * (double)p.HazardMultiplier);
        // Deadweight d: of the subsidised hires, d would have happened anyway; so the subsidy adds caused
        // hires at takeUp × (1 − d) / d times the baseline hazard while the call is open (domain.md, AIReF).
        CausedHazardFactor = b.Deadweight <= 0 ? 0 : (double)(b.SubsidyTakeUp * (1 - b.Deadweight) / b.Deadweight);

        TotalMonths = SimulatedMonths(h, Programmes, scenario.Pathway!);
        MonthStarts = [.. Enumerable.Range(0, TotalMonths).Select(m => h.Start.AddMonths(m))];
    }

    public Scenario Scenario { get; }
    public ulong Seed { get; }
    public int Replicate { get; }
    public CallParameters Call { get; }
    public IReadOnlyList<ServiceProgramme> Programmes { get; }
    public double[] AgeBandShares { get; }
    public double[] EducationShares { get; }
    public double[] BaseHazard { get; }
    public double[] EducationMultiplier { get; }
    public int[] TemporaryMonths { get; }
    public double[] TemporaryShares { get; }
    public int[][] Pathway { get; }
    public bool[] ParticipantProgrammes { get; }
    public double MarketMultiplier { get; }
    public double CausedHazardFactor { get; }
    public int TotalMonths { get; }
    public DateOnly[] MonthStarts { get; }
    public Behaviour Behaviour => Scenario.Behaviour!;
    public Horizon Horizon => Scenario.Horizon!;

    /// <summary>Attention to companies and local development serve employers and the territory, not participants:
    /// their effect, if any, multiplies every participant's hazard.</summary>
    public static bool IsParticipantProgramme(ServiceProgramme p) => p.Area.ServesParticipants();

    /// <summary>
    /// Months simulated: the arrival months, then the longest pathway and the insertion window of the last
    /// arrivals, and one more so every window closes inside the run. Programmes unknown to the pathway count 0.
    /// </summary>
    public static int SimulatedMonths(Horizon h, IReadOnlyList<ServiceProgramme> programmes, IReadOnlyList<IReadOnlyList<string>> pathway)
    {
        int longestPath = pathway.Sum(step => step.Select(id => programmes.FirstOrDefault(p => p.Id == id)?.DurationMonths ?? 0).DefaultIfEmpty(0).Max());
        return h.ArrivalMonths + longestPath + h.InsertionWindowMonths + 1;
    }

    /// <summary>The last day simulated.</summary>
    public static DateOnly LastDay(Horizon h, IReadOnlyList<ServiceProgramme> programmes, IReadOnlyList<IReadOnlyList<string>> pathway) =>
        h.Start.AddMonths(SimulatedMonths(h, programmes, pathway)).AddDays(-1);

    public int IndexOf(string programmeId)
    {
        for (int i = 0; i < Programmes.Count; i++)
        {
            if (Programmes[i].Id == programmeId) return i;
        }

        throw new ArgumentException($"unknown programme {programmeId}");
    }
}
