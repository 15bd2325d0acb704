using System.Runtime.InteropServices;
using MathNet.Numerics.Distributions;
using Soc.Simulation.Employers;
using Soc.Simulation.GrantCall;
using Soc.Simulation.Randomness;
using Soc.Simulation.Scenarios;
using Soc.Simulation.Services;
using Soc.Simulation.Simulation;

namespace Soc.Simulation.Participants;

/// <summary>
/// The participants of one district (or service point), stepped a month at a time in one call: arrivals,
/// pathway through the programmes, job finding, and the subsidy applications of their hires. Randomness
/// comes from streams keyed by (seed, replicate, district, purpose, month or participant), and every member
/// in their window draws the same numbers whatever happened to them, so compared scenarios share their
/// random numbers (common random numbers) as far as their paths agree.
/// </summary>
public sealed class Cohort
{
    private readonly SimulationSetup _setup;
    private readonly string _district;
    private readonly decimal _share;
    private readonly double _arrivalMean;
    private readonly ProgrammePlaces _places;
    private readonly EmployerPool _employers;
    private readonly List<Participant> _members = [];
    private readonly List<string> _causedApplications = [];
    private int _guidanceUsers;
    private decimal _socSpent, _citySpent;

    public Cohort(SimulationSetup setup, string district)
    {
        _setup = setup;
        _district = district;
        _share = setup.Scenario.Population!.Districts[district];
        _arrivalMean = (double)(setup.Scenario.Population.MonthlyArrivals * _share);
        _places = new ProgrammePlaces(setup.Programmes, _share);
        _employers = new EmployerPool(setup.Scenario.Employers!, setup.Seed, setup.Replicate);
    }

    public int Count => _members.Count;

    public CohortStepReport Step(int month, bool callOpen)
    {
        (_socSpent, _citySpent) = (0m, 0m);
        int arrivals = month < _setup.Horizon.ArrivalMonths ? Arrive(month) : 0;
        if (month < _setup.Horizon.ArrivalMonths) SpendOnTerritory();
        int hires = 0, active = 0;
        var applications = new List<Application>();
        var jobs = Stream($"jobs/{month}");
        DateOnly monthStart = _setup.MonthStarts[month];
        int days = DateTime.DaysInMonth(monthStart.Year, monthStart.Month);
        Span<Participant> members = CollectionsMarshal.AsSpan(_members);
        for (int i = 0; i < members.Length; i++)
        {
            ref Participant p = ref members[i];
            if (month < p.ArrivalMonth || month >= p.WindowEndMonth) continue;
            active++;
            double uJob = jobs.NextDouble(), uStudies = jobs.NextDouble(), uDay = jobs.NextDouble(), uTakeUp = jobs.NextDouble();
            if (p.Outcome != Outcome.Searching) continue;

            DateOnly hireDay = monthStart.AddDays((int)(uDay * days));
            double hazard = _setup.BaseHazard[(int)p.AgeBand] * p.HazardMultiplier
                * (month < p.ServiceEndMonth ? (double)_setup.Behaviour.InServiceMultiplier : 1.0);
            bool subsidisable = hireDay >= _setup.Call.HiringStart && hireDay <= _setup.Call.HiringEnd
                && Eligibility.AgeOn(p.BirthDate, hireDay) >= _setup.Call.MinimumAge;
            double caused = callOpen && subsidisable ? hazard * _setup.CausedHazardFactor : 0;
            if (uJob < hazard + caused && uJob < 0.95)
            {
                hires++;
                p.Outcome = Outcome.Employed;
                p.OutcomeMonth = month;
                p.CausedBySubsidy = uJob >= hazard;
                p.AppliedForSubsidy = subsidisable && (p.CausedBySubsidy || uTakeUp < (double)_setup.Behaviour.SubsidyTakeUp);
                Hire(ref p, hireDay, applications);
            }
            else if (uStudies < p.StudiesHazard)
            {
                p.Outcome = Outcome.BackToStudies;
                p.OutcomeMonth = month;
            }
        }

        return new CohortStepReport(arrivals, active, hires, [.. applications], _socSpent, _citySpent);
    }

    private int Arrive(int month)
    {
        var rng = Stream($"arrivals/{month}");
        int n = Poisson.Sample(new SystemRandomAdapter(rng), _arrivalMean);
        DateOnly monthStart = _setup.MonthStarts[month];
        for (int k = 0; k < n; k++)
        {
            _members.Add(NewParticipant(month, monthStart, rng));
        }

        return n;
    }

    private Participant NewParticipant(int month, DateOnly monthStart, RandomStream rng)
    {
        var band = (AgeBand)rng.Pick(_setup.AgeBandShares);
        int age = band switch { AgeBand.Under30 => rng.Next(18, 30), AgeBand.From30To44 => rng.Next(30, 45), _ => rng.Next(45, 65) };
        DateOnly arrival = monthStart.AddDays(rng.Next(0, 28));
        var p = new Participant
        {
            Number = _members.Count + 1,
            AgeBand = band,
            BirthDate = arrival.AddYears(-age).AddDays(-rng.Next(0, 365)),
            Education = (byte)rng.Pick(_setup.EducationShares),
            LongTermUnemployed = rng.Chance((double)_setup.Scenario.Population!.LongTermUnemployedShare),
            ArrivalMonth = month,
            FirstProgramme = -1,
            SecondProgramme = -1,
            HazardMultiplier = _setup.MarketMultiplier,
        };
        p.HazardMultiplier *= _setup.EducationMultiplier[p.Education]
            * (p.LongTermUnemployed ? (double)_setup.Behaviour.LongTermUnemployedMultiplier : 1.0);
        FollowPathway(ref p, age, rng);
        p.WindowEndMonth = p.ServiceEndMonth + _setup.Horizon.InsertionWindowMonths + 1;
        return p;
    }

    /// <summary>Services phase: in each step of the pathway, the first programme the person is eligible for, takes up and has a place in.</summary>
    private void FollowPathway(ref Participant p, int age, RandomStream rng)
    {
        int months = 0;
        for (int step = 0; step < _setup.Pathway.Length; step++)
        {
            foreach (int programme in _setup.Pathway[step])
            {
                var spec = _setup.Programmes[programme];
                bool eligible = age >= spec.Eligibility.MinAge && age <= spec.Eligibility.MaxAge
                    && (!spec.Eligibility.AddedDifficultiesOnly || p.LongTermUnemployed || age >= 45);
                if (rng.NextDouble() >= (double)spec.Uptake || !eligible || !_places.TryTake(programme)) continue;
                if (p.FirstProgramme < 0 && step == 0) p.FirstProgramme = (sbyte)programme;
                else p.SecondProgramme = (sbyte)programme;
                if (spec.Area == ServiceArea.Guidance) _guidanceUsers++;
                Spend(spec, spec.CostPerParticipantEur);
                p.HazardMultiplier *= (double)spec.HazardMultiplier;
                p.StudiesHazard = Math.Max(p.StudiesHazard, (double)spec.StudiesHazard);
                months += spec.DurationMonths;
                break;
            }
        }

        p.ServiceEndMonth = p.ArrivalMonth + months;
    }

    /// <summary>Programmes without participants (companies, local development) spend their budget evenly over the arrival months.</summary>
    private void SpendOnTerritory()
    {
        foreach (var spec in _setup.Programmes.Where(p => !SimulationSetup.IsParticipantProgramme(p)))
        {
            Spend(spec, spec.BudgetEur * _share / _setup.Horizon.ArrivalMonths);
        }
    }

    private void Spend(Scenarios.ServiceProgramme spec, decimal amount)
    {
        _socSpent += amount * spec.SocShare;
        _citySpent += amount * (1 - spec.SocShare);
    }

    /// <summary>Job matching and applications: the contract, and if the hire is subsidised, its application (D).</summary>
    private void Hire(ref Participant p, DateOnly start, List<Application> applications)
    {
        var rng = Stream($"contract/{p.Number}");
        var b = _setup.Behaviour;
        p.Permanent = rng.Chance((double)b.PermanentShare);
        int? months = p.Permanent ? null : _setup.TemporaryMonths[rng.Pick(_setup.TemporaryShares)];
        decimal hours = rng.Chance((double)b.FullTimeShare)
            ? _setup.Call.FullTimeWeeklyHours
            : Math.Round((b.PartTimeMinHours + (decimal)rng.NextDouble() * (b.PartTimeMaxHours - b.PartTimeMinHours)) * 2) / 2;
        // A late filer misses the call's window (A11) by 1 to 30 days; the others file within the usual delay.
        DateOnly windowEnd = start.AddMonths(_setup.Call.FilingWindowMonths);
        DateOnly filed = rng.Chance((double)b.LateFilingShare)
            ? windowEnd.AddDays(rng.Next(1, 31))
            : start.AddDays(rng.Next(0, b.FilingDelayMaxDays + 1));
        DateOnly? ended = EarlyEnd(start, months ?? _setup.Call.MaxSubsidisedMonths, rng);
        DateOnly? renounced = rng.Chance((double)b.RenunciationShare) ? filed.AddDays(rng.Next(0, 61)) : null;
        SimulatedEmployer employer = _employers.Draw(rng);
        if (!p.AppliedForSubsidy) return;

        string id = $"{_district}-{p.Number:000000}";
        if (p.CausedBySubsidy) _causedApplications.Add(id);
        applications.Add(new Application(
            ApplicationId: id,
            RegisteredAt: filed.ToDateTime(new TimeOnly(8, 0)).AddMinutes(rng.Next(0, 600)),
            EmployerId: employer.Id,
            EmployerType: employer.Type,
            RoadTransport: employer.RoadTransport,
            PriorDeMinimisEur: employer.PriorDeMinimisEur,
            ParticipantId: id,
            BirthDate: p.BirthDate,
            Unemployed: true,
            ContractStart: start,
            ContractMonths: months,
            WeeklyHours: hours,
            Permanent: p.Permanent,
            EndedOn: ended < start ? start : ended,
            RenouncedOn: renounced));
    }

    private DateOnly? EarlyEnd(DateOnly start, int months, RandomStream rng)
    {
        double hazard = (double)_setup.Behaviour.MonthlyEarlyEndHazard;
        for (int m = 0; m < months; m++)
        {
            if (rng.NextDouble() < hazard) return start.AddMonths(m).AddDays(rng.Next(0, 28));
        }

        return null;
    }

    /// <summary>Data collection at the end: counts by group once every window has closed.</summary>
    public CohortReport Report()
    {
        var participants = new Dictionary<string, int>(StringComparer.Ordinal);
        var insertions = new Dictionary<string, int>(StringComparer.Ordinal);
        var studies = new Dictionary<string, int>(StringComparer.Ordinal);
        int permanent = 0;
        foreach (Participant p in _members)
        {
            foreach (string group in GroupsOf(p))
            {
                participants[group] = participants.GetValueOrDefault(group) + 1;
                if (p.Outcome == Outcome.Employed) insertions[group] = insertions.GetValueOrDefault(group) + 1;
                if (p.Outcome == Outcome.BackToStudies) studies[group] = studies.GetValueOrDefault(group) + 1;
            }

            if (p.Outcome == Outcome.Employed && p.Permanent) permanent++;
        }

        int[] used = [.. Enumerable.Range(0, _setup.Programmes.Count).Select(_places.Used)];
        return new CohortReport(_district, participants, insertions, studies, permanent, _guidanceUsers, used, [.. _causedApplications]);
    }

    private IEnumerable<string> GroupsOf(Participant p)
    {
        yield return "all";
        yield return ProfileNames.AgeBands[(int)p.AgeBand];
        if (p.LongTermUnemployed) yield return "long_term";
        int main = p.MainProgramme;
        if (main < 0)
        {
            yield return "none";
            yield break;
        }

        yield return "area:" + _setup.Programmes[main].Area.Name();
        yield return "programme:" + _setup.Programmes[main].Id;
    }

    private RandomStream Stream(string purpose) => RandomStream.For(_setup.Seed, _setup.Replicate, _district, purpose);
}
