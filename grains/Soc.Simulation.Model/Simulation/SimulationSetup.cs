using Soc.Simulation.Model.Employers;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Model.Services;
using Soc.Simulation.Model.Territories;

namespace Soc.Simulation.Model.Simulation;

/// <summary>
/// A scenario turned into the arrays the monthly step reads in its inner loop, once per replicate, so the
/// step itself does no lookups by name.
/// </summary>
public sealed class SimulationSetup
{
    /// <summary>
    /// The setup of one replicate. A scenario with uncertainty (H6) first gets this replicate's parameter draw, so
    /// <see cref="Scenario"/> is always a point scenario; a cohort built from it draws nothing more.
    /// </summary>
    /// <param name="scenario">The scenario; with priors, this replicate's draw is taken first.</param>
    /// <param name="seed">The experiment's seed.</param>
    /// <param name="replicate">The replicate's number.</param>
    /// <param name="counterfactual">False skips the twin world with no call money (H2): only the benchmark does, to
    /// measure what the twin costs; insertionsCausedByCall is then meaningless.</param>
    public SimulationSetup(Scenario scenario, ulong seed, int replicate, bool counterfactual = true)
    {
        Counterfactual = counterfactual;
        if (!scenario.IsSimulation) throw new ArgumentException("the scenario has no population, services, employers, behaviour or pathway");
        Draw = ParameterDraws.For(scenario, seed, replicate);
        scenario = Draw.Scenario;
        Scenario = scenario;
        Seed = seed;
        Replicate = replicate;
        // I1, I2: the other territories' applications of this replicate, and the promoters that pre-selected their employers.
        IReadOnlyList<Application> others = OtherTerritories.Applications(scenario, seed, replicate);
        Call = scenario.Territories is { Count: > 0 } ? scenario.Call with { OtherTerritories = OtherTerritories.Promoters(scenario, others) } : scenario.Call;
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
        Pathway = [.. scenario.Pathway!.Select(step => step.Select(id => PathwayChoice.Of(Programmes, IndexOf(id))).ToArray())];
        ParticipantProgrammes = [.. Programmes.Select(IsParticipantProgramme)];
        ProgrammeHazardMultiplier = [.. Programmes.Select(p => (double)p.HazardMultiplier)];
        ProgrammeStudiesHazard = [.. Programmes.Select(p => (double)p.StudiesHazard)];
        ProgrammeSocCostEur = [.. Programmes.Select(p => p.CostPerParticipantEur * p.SocShare)];
        ProgrammeCityCouncilCostEur = [.. Programmes.Select(p => p.CostPerParticipantEur * (1 - p.SocShare))];
        MarketMultiplier = Programmes.Where(p => !IsParticipantProgramme(p)).Aggregate(1.0, (m, p) => m * (double)p.HazardMultiplier);
        Generosity = new Generosity(Call, b);
        // Deadweight d at the 2023 call: of the subsidised hires, d would have happened anyway; so the subsidy adds
        // caused hires at takeUp × (1 − d) / d times the baseline hazard while employers count on it (AIReF 2020),
        // scaled by the call's generosity (H3) over the mix of contracts employers offer.
        double effect = b.Deadweight <= 0 ? 0 : (double)(b.SubsidyTakeUp * (1 - b.Deadweight) / b.Deadweight);
        CausedHazardFactor = effect * ContractMix(b).Sum(c => c.Share * Math.Pow(Generosity.Ratio(c.Months), (double)b.HiringEffectGenerosityElasticity));
        // Employers know from the published budget whether there is money at all (a budget of 0 causes nothing).
        Rates = new PersonRates(pop, b, TakeUp, TemporaryMonths);
        CallHasMoney = Call.BudgetEur > 0 || Call.BudgetChanges.Any(c => c.Kind == BudgetChangeKind.TopUp);

        // One pool for every cohort of the replicate: it is drawn from (seed, replicate) alone and never changes, so
        // building it once per cohort only made the garbage collector work (ten copies in Barcelona, 18 in Spain).
        _employers = new Lazy<EmployerPool>(() => new EmployerPool(scenario.Employers!, seed, replicate));

        TotalMonths = SimulatedMonths(h, Programmes, scenario.Pathway!);
        MonthStarts = [.. Enumerable.Range(0, TotalMonths).Select(m => h.Start.AddMonths(m))];
        MonthsLinkedToCall = Math.Clamp((Call.HiringEnd.Year - h.Start.Year) * 12 + Call.HiringEnd.Month - h.Start.Month + 1, 0, TotalMonths);
        OtherTerritoriesByMonth = ByMonth(others);
    }

    private readonly Lazy<EmployerPool> _employers;

    /// <summary>The replicate's pre-selected employers (A3), which every cohort hires from.</summary>
    public EmployerPool Employers => _employers.Value;

    /// <summary>
    /// I1: the other territories' applications to the call, by the simulated month they are registered in (before the
    /// first month: the first; after the last: the last, which the call's finish decides).
    /// </summary>
    public IReadOnlyList<Application>[] OtherTerritoriesByMonth { get; }

    private List<Application>[] ByMonth(IReadOnlyList<Application> applications)
    {
        var months = new List<Application>[TotalMonths];
        for (int m = 0; m < TotalMonths; m++) months[m] = [];
        DateOnly first = MonthStarts[0];
        foreach (Application a in applications)
        {
            DateOnly day = a.RegisteredOn;
            int m = day < first ? 0 : Math.Min(TotalMonths - 1, (day.Year - first.Year) * 12 + day.Month - first.Month);
            months[m].Add(a);
        }

        return months;
    }

    public Scenario Scenario { get; }

    /// <summary>Whether each participant also lives the twin world with no call money (H2).</summary>
    public bool Counterfactual { get; }

    /// <summary>The replicate's parameter draw (H6): index -1 and no values for a point scenario.</summary>
    public ParameterDraw Draw { get; }
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
    /// <summary>Each step of the pathway: the programmes it offers, in the order they are tried.</summary>
    public PathwayChoice[][] Pathway { get; }
    public bool[] ParticipantProgrammes { get; }

    /// <summary>Each programme's effect on the job hazard and hazard of going back to studies, as the pathway reads them for every arrival.</summary>
    public double[] ProgrammeHazardMultiplier { get; }
    public double[] ProgrammeStudiesHazard { get; }

    /// <summary>What a place in each programme costs each funding source (C1), booked when a participant takes it.</summary>
    public decimal[] ProgrammeSocCostEur { get; }
    public decimal[] ProgrammeCityCouncilCostEur { get; }

    /// <summary>The behaviour's shares as the cohorts read them for every arrival and hire.</summary>
    public PersonRates Rates { get; }
    public double MarketMultiplier { get; }
    public double CausedHazardFactor { get; }
    public Generosity Generosity { get; }
    public bool CallHasMoney { get; }
    public int TotalMonths { get; }

    /// <summary>
    /// The months in which the cohorts and the call act on each other, from the first: through the month of the hiring
    /// window's last day (A1, F1). A later hire cannot be subsidised, so it neither applies nor depends on the call's
    /// news (H4), and the months after these can be stepped without the call.
    /// </summary>
    public int MonthsLinkedToCall { get; }
    public DateOnly[] MonthStarts { get; }
    public Behaviour Behaviour => Scenario.Behaviour!;
    public Horizon Horizon => Scenario.Horizon!;

    /// <summary>Attention to companies and local development serve employers and the territory, not participants:
    /// their effect, if any, multiplies every participant's hazard.</summary>
    public static bool IsParticipantProgramme(ServiceProgramme p) => p.Area.ServesParticipants();

    /// <summary>
    /// Months simulated: the arrival months, then whichever is longer of the insertion window (from entry, H1) and the
    /// longest pathway with its reporting window, and one more so every window closes inside the run. Programmes
    /// unknown to the pathway count 0.
    /// </summary>
    public static int SimulatedMonths(Horizon h, IReadOnlyList<ServiceProgramme> programmes, IReadOnlyList<IReadOnlyList<string>> pathway)
    {
        int longestPath = pathway.Sum(step => step.Select(id => programmes.FirstOrDefault(p => p.Id == id)?.DurationMonths ?? 0).DefaultIfEmpty(0).Max());
        return h.ArrivalMonths + Math.Max(h.InsertionWindowMonths, longestPath + h.ProgrammeReportingWindowMonths) + 1;
    }

    /// <summary>The contracts employers offer, with their shares: permanent (null months), then each temporary length.</summary>
    public static IEnumerable<(int? Months, double Share)> ContractMix(Behaviour b) =>
        [(null, (double)b.PermanentShare), .. b.TemporaryContractMonths.Select(c => ((int?)c.Months, (double)((1 - b.PermanentShare) * c.Share)))];

    /// <summary>H3: the chance an eligible hire of this planned length is applied for, at this call's generosity.</summary>
    public double TakeUp(int? plannedMonths) =>
        Math.Min(1, (double)Behaviour.SubsidyTakeUp * Math.Pow(Generosity.Ratio(plannedMonths), (double)Behaviour.TakeUpGenerosityElasticity));

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
