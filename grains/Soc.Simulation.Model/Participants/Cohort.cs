using MathNet.Numerics.Distributions;
using Soc.Simulation.Model.Employers;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model.Randomness;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Services;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Model.Simulation;

namespace Soc.Simulation.Model.Participants;

/// <summary>
/// The participants of one district (or service point), stepped a month at a time in one call: arrivals, pathway
/// through the programmes, job finding, and the subsidy applications of their hires. Each person lives in two worlds
/// on the same random numbers: the scenario's, and the twin world with no call money (H2), so the insertions the call
/// causes are a difference counted person by person inside the replicate. Monthly draws are counter-based
/// (participant, month), so they are the same in every compared scenario whatever happened to anyone else.
/// </summary>
public sealed class Cohort
{
    private readonly SimulationSetup _setup;
    private readonly string _district;
    private readonly decimal _share;
    private readonly double _arrivalMean;
    private readonly ProgrammePlaces _places;
    private readonly EmployerPool _employers;
    private readonly CounterRandom _jobs;
    private readonly RandomStream.NumberedStreams _contracts;
    private readonly PersonRates _rates;
    private readonly int _widestStep;
    private readonly ParticipantChunks _members = new();
    private int _guidanceUsers;
    private decimal _socSpent, _citySpent;

    public Cohort(SimulationSetup setup, string district)
    {
        _setup = setup;
        _district = district;
        _share = setup.Scenario.Population!.Districts[district];
        _arrivalMean = (double)(setup.Scenario.Population.MonthlyArrivals * _share);
        _places = new ProgrammePlaces(setup.Programmes, _share);
        _employers = setup.Employers;
        _jobs = CounterRandom.For(setup.Seed, setup.Replicate, district, "jobs");
        _contracts = RandomStream.Numbered(setup.Seed, setup.Replicate, district, "contract/");
        _rates = setup.Rates;
        _widestStep = setup.Pathway.Select(step => step.Length).DefaultIfEmpty(0).Max();
    }

    public int Count => _members.Count;

    public CohortStepReport Step(int month, CallNews news)
    {
        (_socSpent, _citySpent) = (0m, 0m);
        int arrivals = month < _setup.Horizon.ArrivalMonths ? Arrive(month) : 0;
        if (month < _setup.Horizon.ArrivalMonths) SpendOnTerritory();
        int hires = 0, active = 0;
        var applications = new List<Application>();
        DateOnly monthStart = _setup.MonthStarts[month];
        // H4: employers count on the grant until the news that the call ran out reaches them.
        var m = new MonthOfJobs(month, monthStart, DateTime.DaysInMonth(monthStart.Year, monthStart.Month),
            !_setup.CallHasMoney ? DateOnly.MinValue : news.ExhaustedOn?.AddDays(_setup.Behaviour.ExhaustionNewsLagDays),
            _rates.InServiceMultiplier);
        bool counterfactual = _setup.Counterfactual;
        for (int chunk = 0; chunk < _members.ChunkCount; chunk++)
        {
            if (month >= _members.TrackedUntil(chunk)) continue;
            Span<Participant> members = _members.Chunk(chunk);
            for (int i = 0; i < members.Length; i++)
            {
                ref Participant p = ref members[i];
                if (month < p.ArrivalMonth || month >= p.TrackedUntilMonth) continue;
                active++;
                // Found a job or went back to studies in both worlds: nothing more happens to them.
                if (p.Outcome != Outcome.Searching && (p.WithoutCall != Outcome.Searching || !counterfactual)) continue;
                if (SearchJob(ref p, m, applications)) hires++;
            }
        }

        return new CohortStepReport(arrivals, active, hires, [.. applications], _socSpent, _citySpent);
    }

    /// <summary>Steps the cohorts through the months in order, each month every cohort in the order given: reports by month, then cohort.</summary>
    public static CohortStepReport[][] StepAll(IReadOnlyList<Cohort> cohorts, int firstMonth, int months, CallNews news)
    {
        var reports = new CohortStepReport[months][];
        for (int i = 0; i < months; i++)
        {
            reports[i] = new CohortStepReport[cohorts.Count];
            for (int c = 0; c < cohorts.Count; c++) reports[i][c] = cohorts[c].Step(firstMonth + i, news);
        }

        return reports;
    }

    /// <summary>What the job search of a month reads, the same for every member (read once: 344,000 members are stepped in a Barcelona replicate).</summary>
    private readonly record struct MonthOfJobs(int Index, DateOnly Start, int Days, DateOnly? CountsUntil, double InServiceMultiplier);

    /// <summary>
    /// A member's month of job search in both worlds; true if hired in the scenario's. Each draw is a function of
    /// (participant, month, k) alone, so one left undrawn changes no other: the hire day and the take-up only matter
    /// to a hire, the studies draw only to someone who was not hired.
    /// </summary>
    private bool SearchJob(ref Participant p, in MonthOfJobs m, List<Application> applications)
    {
        bool searching = p.Outcome == Outcome.Searching, twinSearching = _setup.Counterfactual && p.WithoutCall == Outcome.Searching;
        if (!searching && !twinSearching) return false;
        double uJob = CounterRandom.Uniform(p.DrawKey, m.Index, 0);
        double hazard = p.JobHazard * (m.Index < p.ServiceEndMonth ? m.InServiceMultiplier : 1.0);
        double causedFactor = _setup.CausedHazardFactor;
        bool hired = false, subsidisable = false, twinHired = false;
        DateOnly hireDay = default;
        // The most the subsidy can add is hazard × causedFactor: a draw above that is no hire in either world.
        if (uJob < 0.95 && uJob < hazard + Math.Max(0, hazard * causedFactor))
        {
            hireDay = m.Start.AddDays((int)(CounterRandom.Uniform(p.DrawKey, m.Index, 2) * m.Days));
            subsidisable = hireDay >= _setup.Call.HiringStart && hireDay <= _setup.Call.HiringEnd
                && Eligibility.AgeOn(p.BirthDate, hireDay) >= _setup.Call.MinimumAge;
            bool counted = subsidisable && (m.CountsUntil is not DateOnly until || hireDay < until);
            hired = uJob < hazard + (counted ? hazard * causedFactor : 0);
            twinHired = uJob < hazard;
        }

        bool studies = (!hired || !twinHired) && p.StudiesHazard > 0 && CounterRandom.Uniform(p.DrawKey, m.Index, 1) < p.StudiesHazard;
        if (twinSearching) StepWithoutCall(ref p, m.Index, twinHired, studies);
        if (!searching) return false;
        if (hired)
        {
            p.Outcome = Outcome.Employed;
            p.OutcomeMonth = m.Index;
            Hire(ref p, hireDay, subsidisable, causedBySubsidy: uJob >= hazard, CounterRandom.Uniform(p.DrawKey, m.Index, 3), applications);
        }
        else if (studies)
        {
            p.Outcome = Outcome.BackToStudies;
            p.OutcomeMonth = m.Index;
        }

        return hired;
    }

    /// <summary>The twin world (H2): the same person and numbers, with no hire caused by the subsidy.</summary>
    private static void StepWithoutCall(ref Participant p, int month, bool hired, bool studies)
    {
        if (hired)
        {
            p.WithoutCall = Outcome.Employed;
            p.WithoutCallMonth = month;
        }
        else if (studies)
        {
            p.WithoutCall = Outcome.BackToStudies;
            p.WithoutCallMonth = month;
        }
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
            LongTermUnemployed = rng.Chance(_rates.LongTermUnemployedShare),
            ArrivalMonth = month,
            FirstProgramme = -1,
            SecondProgramme = -1,
        };
        double multiplier = _setup.MarketMultiplier;
        multiplier *= _setup.EducationMultiplier[p.Education] * (p.LongTermUnemployed ? _rates.LongTermUnemployedMultiplier : 1.0);
        FollowPathway(ref p, age, ref multiplier, rng);
        p.JobHazard = _setup.BaseHazard[(int)band] * multiplier;
        p.DrawKey = _jobs.ParticipantKey(p.Number);
        p.InsertionEndMonth = p.ArrivalMonth + _setup.Horizon.InsertionWindowMonths;
        p.ReportingEndMonth = p.MainProgramme < 0 ? p.ArrivalMonth : p.ServiceEndMonth + _setup.Horizon.ProgrammeReportingWindowMonths;
        p.TrackedUntilMonth = Math.Max(p.InsertionEndMonth, p.ReportingEndMonth);
        return p;
    }

    /// <summary>
    /// Services phase: in each step of the pathway, the first programme the person is eligible for, takes up and has a
    /// place in. Every programme of every step gets its uptake draw whether or not it is reached, so the arrivals after
    /// this person get the same numbers in a scenario with other places (common random numbers).
    /// </summary>
    private void FollowPathway(ref Participant p, int age, ref double multiplier, RandomStream rng)
    {
        int months = 0;
        Span<double> uptake = stackalloc double[_widestStep];
        for (int step = 0; step < _setup.Pathway.Length; step++)
        {
            PathwayChoice[] choices = _setup.Pathway[step];
            for (int k = 0; k < choices.Length; k++) uptake[k] = rng.NextDouble();
            for (int k = 0; k < choices.Length; k++)
            {
                PathwayChoice choice = choices[k];
                int programme = choice.Programme;
                if (uptake[k] >= choice.Uptake || !choice.Admits(age, p.LongTermUnemployed) || !_places.TryTake(programme)) continue;
                if (p.FirstProgramme < 0 && step == 0) p.FirstProgramme = (sbyte)programme;
                else p.SecondProgramme = (sbyte)programme;
                if (choice.Guidance) _guidanceUsers++;
                _socSpent += _setup.ProgrammeSocCostEur[programme];
                _citySpent += _setup.ProgrammeCityCouncilCostEur[programme];
                multiplier *= _setup.ProgrammeHazardMultiplier[programme];
                p.StudiesHazard = Math.Max(p.StudiesHazard, _setup.ProgrammeStudiesHazard[programme]);
                months += choice.DurationMonths;
                break;
            }
        }

        p.ServiceEndMonth = p.ArrivalMonth + months;
    }

    /// <summary>Programmes without participants (companies, local development) spend their budget evenly over the arrival months.</summary>
    private void SpendOnTerritory()
    {
        foreach (var spec in _setup.Programmes.Where(p => !p.Area.ServesParticipants()))
        {
            Spend(spec, spec.BudgetEur * _share / _setup.Horizon.ArrivalMonths);
        }
    }

    private void Spend(ServiceProgramme spec, decimal amount)
    {
        _socSpent += amount * spec.SocShare;
        _citySpent += amount * (1 - spec.SocShare);
    }

    /// <summary>
    /// Job matching and applications: the contract, and if the hire is subsidisable and applied for, its application
    /// (D). A hire the subsidy caused is always applied for; another one at the take-up its generosity gives (H3).
    /// </summary>
    private void Hire(ref Participant p, DateOnly start, bool subsidisable, bool causedBySubsidy, double uTakeUp, List<Application> applications)
    {
        RandomStream rng = _contracts.For(p.Number);
        var b = _setup.Behaviour;
        p.Permanent = rng.Chance(_rates.PermanentShare);
        int temporary = p.Permanent ? -1 : rng.Pick(_setup.TemporaryShares);
        int? months = p.Permanent ? null : _setup.TemporaryMonths[temporary];
        // The rest of this stream only describes the application, so a hire that is not applied for stops here
        // (most hires: 13,700 a Barcelona replicate, 400 applications); the stream is this hire's alone.
        if (!subsidisable || !(causedBySubsidy || uTakeUp < (p.Permanent ? _rates.TakeUpPermanent : _rates.TakeUpTemporary[temporary]))) return;

        decimal hours = rng.Chance(_rates.FullTimeShare)
            ? _setup.Call.FullTimeWeeklyHours
            : Math.Round((b.PartTimeMinHours + (decimal)rng.NextDouble() * (b.PartTimeMaxHours - b.PartTimeMinHours)) * 2) / 2;
        DateOnly filed = FilingDay(start, rng);
        DateOnly? ended = EarlyEnd(start, months ?? _setup.Call.MaxSubsidisedMonths, rng);
        DateOnly? renounced = rng.Chance(_rates.RenunciationShare) ? filed.AddDays(rng.Next(0, 61)) : null;
        SimulatedEmployer employer = _employers.Draw(rng);

        string id = $"{_district}-{p.Number:000000}";
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
            RenouncedOn: renounced)
        {
            LongTermUnemployed = p.LongTermUnemployed,
        });
    }

    /// <summary>
    /// H4: employers know the rules. They file within the window the call gives (its last day: the contract start plus
    /// filingWindowMonths, A11), at a delay of up to filingDelayMaxDays that a shorter window compresses; a late-filer
    /// share still misses it by 1 to 30 days.
    /// </summary>
    private DateOnly FilingDay(DateOnly start, RandomStream rng)
    {
        var b = _setup.Behaviour;
        DateOnly windowEnd = start.AddMonths(_setup.Call.FilingWindowMonths);
        bool late = rng.Chance(_rates.LateFilingShare);
        double u = rng.NextDouble();
        if (late) return windowEnd.AddDays(1 + (int)(u * 30));
        int longest = Math.Min(b.FilingDelayMaxDays, windowEnd.DayNumber - start.DayNumber);
        return start.AddDays((int)(u * (longest + 1)));
    }

    private DateOnly? EarlyEnd(DateOnly start, int months, RandomStream rng)
    {
        double hazard = _rates.MonthlyEarlyEndHazard;
        for (int m = 0; m < months; m++)
        {
            if (rng.NextDouble() < hazard) return start.AddMonths(m).AddDays(rng.Next(0, 28));
        }

        return null;
    }

    /// <summary>Data collection at the end: counts by group once every window has closed.</summary>
    public CohortReport Report()
    {
        ReportGroups groups = ReportGroups.For(_setup);
        var tally = new ReportTally(groups, _setup.Programmes.Count);
        int permanent = 0, index = 0;
        foreach (Participant p in _members)
        {
            bool inserted = p.Outcome == Outcome.Employed && p.OutcomeMonth < p.InsertionEndMonth;
            bool insertedWithoutCall = p.WithoutCall == Outcome.Employed && p.WithoutCallMonth < p.InsertionEndMonth;
            bool studied = p.Outcome == Outcome.BackToStudies && p.OutcomeMonth < p.InsertionEndMonth;
            bool reportedJob = p.Outcome == Outcome.Employed && p.OutcomeMonth < p.ReportingEndMonth;
            bool reportedStudy = p.Outcome == Outcome.BackToStudies && p.OutcomeMonth < p.ReportingEndMonth;
            // One bit per count, in the order of ReportCounts: every member is a participant.
            int outcomes = 1 | (inserted ? 1 << ReportCounts.Insertions : 0) | (insertedWithoutCall ? 1 << ReportCounts.WithoutCall : 0)
                | (studied ? 1 << ReportCounts.Studies : 0) | (reportedJob ? 1 << ReportCounts.Reported : 0) | (reportedStudy ? 1 << ReportCounts.ReportedStudies : 0);
            tally.Add(index++, p, outcomes);
            if (inserted && p.Permanent) permanent++;
        }

        int[] used = [.. Enumerable.Range(0, _setup.Programmes.Count).Select(_places.Used)];
        return new CohortReport(_district, tally.ByName(ReportCounts.Participants), tally.ByName(ReportCounts.Insertions), tally.ByName(ReportCounts.Studies),
            permanent, _guidanceUsers, used, tally.ByName(ReportCounts.WithoutCall), tally.ByName(ReportCounts.Reported), tally.ByName(ReportCounts.ReportedStudies));
    }

    /// <summary>The counts of a report, as bits of a member's outcomes (<see cref="ReportTally"/>).</summary>
    private static class ReportCounts
    {
        public const int Participants = 0, Insertions = 1, WithoutCall = 2, Studies = 3, Reported = 4, ReportedStudies = 5;
    }

    private RandomStream Stream(string purpose) => RandomStream.For(_setup.Seed, _setup.Replicate, _district, purpose);
}
