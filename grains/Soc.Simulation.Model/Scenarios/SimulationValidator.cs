using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Employers;

namespace Soc.Simulation.Model.Scenarios;

/// <summary>The checks of a scenario's simulation parts (population, services, pathway, employers, behaviour).</summary>
internal static class SimulationValidator
{
    public static void Check(Scenario s, List<string> errors)
    {
        void Require(bool ok, string path, string expected)
        {
            if (!ok) errors.Add($"$.{path}: expected {expected}");
        }

        CheckTerritories(s, errors);
        bool any = s.Horizon is not null || s.Population is not null || s.Services is not null || s.Employers is not null || s.Behaviour is not null || s.Pathway is not null;
        if (!any) return;
        Require(s.Horizon is not null, "horizon", "the simulated period");
        Require(s.Population is not null, "population", "the arrivals and their profile");
        Require(s.Services is not null, "services", "the service programmes");
        Require(s.Pathway is not null, "pathway", "the steps through the programmes");
        Require(s.Employers is not null, "employers", "the contracting entities");
        Require(s.Behaviour is not null, "behaviour", "the behaviour parameters");
        if (!s.IsSimulation) return;

        Horizon h = s.Horizon!;
        Require(h.ArrivalMonths is >= 1 and <= 120, "horizon.arrivalMonths", "1 to 120 months");
        Require(h.InsertionWindowMonths is >= 1 and <= 60, "horizon.insertionWindowMonths", "1 to 60 months from entry");
        Require(h.ProgrammeReportingWindowMonths is >= 0 and <= 60, "horizon.programmeReportingWindowMonths", "0 to 60 months after leaving a programme");
        DateOnly horizonEnd = Simulation.SimulationSetup.LastDay(h, s.Services!, s.Pathway!);
        Require(s.Call.HiringStart >= h.Start && s.Call.HiringStart <= horizonEnd, "call.hiringStart", $"a date inside the horizon ({h.Start:yyyy-MM-dd} to {horizonEnd:yyyy-MM-dd})");
        for (int i = 0; i < s.Call.BudgetChanges.Count; i++)
        {
            DateOnly on = s.Call.BudgetChanges[i].On;
            Require(on >= h.Start && on <= horizonEnd, $"call.budgetChanges[{i}].on", $"a date inside the horizon ({h.Start:yyyy-MM-dd} to {horizonEnd:yyyy-MM-dd})");
        }

        Population p = s.Population!;
        Require(p.MonthlyArrivals > 0, "population.monthlyArrivals", "a positive number of arrivals a month");
        Shares(p.AgeBands, ProfileNames.AgeBands, "population.ageBands", errors);
        Shares(p.Education, ProfileNames.Education, "population.education", errors);
        Shares(p.Districts, [.. p.Districts.Keys], "population.districts", errors);
        Require(p.LongTermUnemployedShare is >= 0 and <= 1, "population.longTermUnemployedShare", "a share from 0 to 1");

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < s.Services!.Count; i++)
        {
            ServiceProgramme sp = s.Services[i];
            string at = $"services[{i}]";
            Require(sp.Id.Length > 0 && ids.Add(sp.Id), $"{at}.id", "a non-empty id not used by another programme");
            Require(sp.BudgetEur >= 0, $"{at}.budgetEur", $"a non-negative budget, got {sp.BudgetEur}");
            Require(sp.SocShare is >= 0 and <= 1, $"{at}.socShare", "a share from 0 to 1");
            Require(sp.CostPerParticipantEur >= 0, $"{at}.costPerParticipantEur", "a non-negative cost");
            Require(sp.DurationMonths is >= 0 and <= 36, $"{at}.durationMonths", "0 to 36 months");
            Require(sp.Uptake is >= 0 and <= 1, $"{at}.uptake", "a probability from 0 to 1");
            Require(sp.HazardMultiplier >= 0, $"{at}.hazardMultiplier", "a non-negative multiplier");
            Require(sp.StudiesHazard is >= 0 and <= 1, $"{at}.studiesHazard", "a monthly probability from 0 to 1");
            Require(sp.Eligibility.MinAge >= 0 && sp.Eligibility.MinAge <= sp.Eligibility.MaxAge, $"{at}.eligibility.maxAge", "an age at or above minAge");
        }

        for (int step = 0; step < s.Pathway!.Count; step++)
        {
            for (int k = 0; k < s.Pathway[step].Count; k++)
            {
                string id = s.Pathway[step][k];
                Require(ids.Contains(id), $"pathway[{step}][{k}]", $"the id of a programme in 'services' ({string.Join(", ", ids)}), got '{id}'");
            }
        }

        EmployerPopulation e = s.Employers!;
        UnknownKeys(e.CountByType.Keys, [.. Enum.GetValues<EmployerType>().Select(EmployerTypeNames.Name)], "employers.countByType", errors);
        foreach ((string type, int count) in e.CountByType)
        {
            Require(count >= 0, $"employers.countByType.{type}", "a non-negative count");
        }

        Require(e.CountByType.Values.Sum() > 0, "employers.countByType", "at least one employer");
        Require(e.RoadTransportShare is >= 0 and <= 1, "employers.roadTransportShare", "a share from 0 to 1");
        Require(e.PriorDeMinimisShare is >= 0 and <= 1, "employers.priorDeMinimisShare", "a share from 0 to 1");
        Require(e.PriorDeMinimisMeanEur >= 0, "employers.priorDeMinimisMeanEur", "a non-negative amount");

        Behaviour b = s.Behaviour!;
        foreach (string band in ProfileNames.AgeBands)
        {
            Require(b.MonthlyJobHazard.TryGetValue(band, out decimal v) && v is >= 0 and < 1, $"behaviour.monthlyJobHazard.{band}", "a monthly probability from 0 to below 1");
        }

        foreach (string level in ProfileNames.Education)
        {
            Require(b.EducationMultiplier.TryGetValue(level, out decimal v) && v >= 0, $"behaviour.educationMultiplier.{level}", "a non-negative multiplier");
        }

        UnknownKeys(b.MonthlyJobHazard.Keys, ProfileNames.AgeBands, "behaviour.monthlyJobHazard", errors);
        UnknownKeys(b.EducationMultiplier.Keys, ProfileNames.Education, "behaviour.educationMultiplier", errors);
        for (int i = 0; i < b.TemporaryContractMonths.Count; i++)
        {
            Require(b.TemporaryContractMonths[i].Months is >= 1 and <= 120, $"behaviour.temporaryContractMonths[{i}].months", "1 to 120 months");
            Require(b.TemporaryContractMonths[i].Share is >= 0 and <= 1, $"behaviour.temporaryContractMonths[{i}].share", "a share from 0 to 1");
        }

        Require(b.InServiceMultiplier >= 0, "behaviour.inServiceMultiplier", "a non-negative multiplier");
        Require(b.LongTermUnemployedMultiplier >= 0, "behaviour.longTermUnemployedMultiplier", "a non-negative multiplier");

        Require(b.TemporaryContractMonths.Count > 0 && b.TemporaryContractMonths.Sum(c => c.Share) == 1m, "behaviour.temporaryContractMonths",
            $"shares that sum to 1, they sum to {b.TemporaryContractMonths.Sum(c => c.Share)}");
        Require(b.PartTimeMinHours > 0 && b.PartTimeMinHours <= b.PartTimeMaxHours && b.PartTimeMaxHours <= s.Call.FullTimeWeeklyHours,
            "behaviour.partTimeMaxHours", $"part-time hours with 0 < min <= max <= call.fullTimeWeeklyHours ({s.Call.FullTimeWeeklyHours})");
        foreach ((string name, decimal v) in new[]
        {
            ("permanentShare", b.PermanentShare), ("fullTimeShare", b.FullTimeShare), ("subsidyTakeUp", b.SubsidyTakeUp),
            ("lateFilingShare", b.LateFilingShare), ("monthlyEarlyEndHazard", b.MonthlyEarlyEndHazard), ("renunciationShare", b.RenunciationShare),
            ("deadweight", b.Deadweight),
        })
        {
            Require(v is >= 0 and <= 1, $"behaviour.{name}", $"a value from 0 to 1, got {v}");
        }

        Require(b.Deadweight > 0, "behaviour.deadweight", "a share above 0 (0 would mean every subsidised hire is caused, an unbounded uplift)");
        Require(b.FilingDelayMaxDays is >= 0 and <= 365, "behaviour.filingDelayMaxDays", "0 to 365 days");
        Require(b.TakeUpGenerosityElasticity is >= 0 and <= 5, "behaviour.takeUpGenerosityElasticity", "an elasticity from 0 to 5");
        Require(b.HiringEffectGenerosityElasticity is >= 0 and <= 5, "behaviour.hiringEffectGenerosityElasticity", "an elasticity from 0 to 5");
        Require(b.LabourCostAnnualMinimumWageEur > 0, "behaviour.labourCostAnnualMinimumWageEur", "a positive annual wage in euros");
        Require(b.EmployerContributionsRate is >= 0 and <= 1, "behaviour.employerContributionsRate", "a rate from 0 to 1 (0.31: 31% on top of the wage)");
        Require(b.ExhaustionNewsLagDays is >= 0 and <= 365, "behaviour.exhaustionNewsLagDays", "0 to 365 days");
    }

    private static void UnknownKeys(IEnumerable<string> keys, IReadOnlyList<string> expected, string path, List<string> errors)
    {
        foreach (string key in keys.Where(k => !expected.Contains(k)))
        {
            errors.Add($"$.{path}.{key}: {ScenarioShape.Unknown("key", NameSuggestion.Closest(key, expected), expected, "$." + path)}");
        }
    }

    private static void Shares(IReadOnlyDictionary<string, decimal> shares, IReadOnlyList<string> expectedKeys, string path, List<string> errors)
    {
        foreach (string key in expectedKeys)
        {
            if (!shares.TryGetValue(key, out decimal v) || v < 0 || v > 1) errors.Add($"$.{path}.{key}: expected a share from 0 to 1");
        }

        UnknownKeys(shares.Keys, expectedKeys, path, errors);

        decimal sum = shares.Values.Sum();
        if (sum != 1m) errors.Add($"$.{path}: expected shares that sum to 1, they sum to {sum}");
    }

    /// <summary>I1: other territories on the call need a simulated territory to compete with, and ids that prefix theirs.</summary>
    private static void CheckTerritories(Scenario s, List<string> errors)
    {
        if (s.Territories is not { } territories) return;
        if (!s.IsSimulation && territories.Count > 0) errors.Add("$.territories: expected no territories in a scenario without a simulated territory (population, services, ...)");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < territories.Count; i++)
        {
            Territory t = territories[i];
            if (t.Id.Length == 0 || !t.Id.All(char.IsAsciiLetterOrDigit) || !seen.Add(t.Id))
            {
                errors.Add($"$.territories[{i}].id: expected a distinct id of letters and digits");
            }

            if (t.RegisteredUnemployed < 0) errors.Add($"$.territories[{i}].registeredUnemployed: expected a number of people, 0 or more");
            if (t.ApplicationsPerCall is < 0 or > 1_000_000) errors.Add($"$.territories[{i}].applicationsPerCall: expected 0 to 1,000,000 applications");
            var promoters = new HashSet<string>(StringComparer.Ordinal);
            for (int j = 0; j < t.Promoters.Count; j++)
            {
                TerritoryPromoter p = t.Promoters[j];
                if (p.Id.Length == 0 || p.Id.Contains(TerritoryIds.Separator) || !promoters.Add(p.Id))
                {
                    errors.Add($"$.territories[{i}].promoters[{j}].id: expected a distinct id within the territory, without '{TerritoryIds.Separator}'");
                }

                if (p.Places < 0) errors.Add($"$.territories[{i}].promoters[{j}].places: expected a number of places, 0 or more");
            }
        }

        // The other territories' promoters are "{territory}:{id}": a promoter of the call with such an id would be taken for theirs.
        for (int i = 0; i < s.Call.Promoters.Count; i++)
        {
            string id = s.Call.Promoters[i].Id;
            if (territories.Count > 0 && id.Contains(TerritoryIds.Separator))
            {
                errors.Add($"$.call.promoters[{i}].id: expected an id without '{TerritoryIds.Separator}' in a scenario with other territories");
            }
        }
    }
}
