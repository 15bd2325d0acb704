using MathNet.Numerics.Distributions;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model.Randomness;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Model.Projection;

/// <summary>
/// One replicate of a running call's future (the Model's part of a projection), a pure function of (scenario, known,
/// seed, replicate). It first draws its own rates from their uncertainty — the filing delays, the contract-start rate
/// (level, trend, persistence, random-walk level), the early-end and renunciation hazards — from the stream (seed,
/// replicate, "projection", "rates"); then, from (…, "future"), the filings still to come: contracts already started
/// whose filing has not come yet (the pipeline: each files after a delay longer than the days it has waited so far) and
/// contracts still to start up to the hiring end (F1, none after it), each filed after a delay from the distribution,
/// and never after the filing end (F2). Each is a copy of a known application (its employer, reused at the repeat rate
/// seen so far, its contract, hours, age) moved to its start and filing day. The known applications are decided as the
/// call did (F) — once per plan, the replicate forking that state (<see cref="GrantCallEngine.Fork"/>) — with futures
/// drawn for their early ends and renunciations. <c>CallProjector</c> runs and sums them.
/// </summary>
public static class ProjectionReplicate
{
    /// <summary>One replicate: the known applications with simulated futures, plus simulated future applications.</summary>
    public static (ReplayReport Report, DateOnly? ExhaustedOn) Run(Scenario scenario, KnownSoFar known, ulong seed, int replicate)
    {
        CallParameters call = scenario.Call;
        var rates = new SystemRandomAdapter(RandomStream.For(seed, replicate, "projection", "rates"));
        var draw = new Draw(known.Delays.Draw(rates), known.Starts.Draw(rates), known.EarlyEnds.Draw(rates), known.Renunciations.Draw(rates));

        var rng = RandomStream.For(seed, replicate, "projection", "future");
        var counts = new SystemRandomAdapter(rng);
        // The known applications were decided up to the as-of day once (KnownSoFar); this replicate goes on from there.
        GrantCallEngine engine = known.ForkDecided();
        foreach (Application a in known.Applications)
        {
            Application future = WithFuture(a, known, draw, call, rng);
            if (future.EndedOn != a.EndedOn || future.RenouncedOn != a.RenouncedOn) engine.Learn(a.ApplicationId, future.EndedOn, future.RenouncedOn);
        }

        var applications = new List<Application>(known.Applications.Length);
        if (known.Templates.Length > 0 && known.AsOf < call.FilingEnd) AddFuture(applications, known, draw, call, replicate, rng, counts);
        engine.Register(applications);
        engine.RunToEnd();
        CallSummary summary = DirectReplay.Summary(engine, call);
        LineLedger[] lines = DirectReplay.Books(call.BudgetLines, engine.Budget.Postings, summary);
        return (ReplayReport.Build(scenario.Name, summary, engine.Tally(), lines), engine.ExhaustedOn);
    }

    /// <summary>One replicate's rates: the filing-delay distribution, the expected starts by day, the monthly hazards.</summary>
    private sealed record Draw(double[] DelayCdf, double[] StartRate, double[] EarlyEnd, double[] Renunciation);

    private static void AddFuture(List<Application> applications, KnownSoFar known, Draw draw, CallParameters call, int replicate, RandomStream rng, Random counts)
    {
        StartRate starts = known.Starts;
        double[] complete = starts.CompletenessWith(draw.DelayCdf, call);
        int n = 0;
        for (int i = 0; i < starts.Days; i++)
        {
            DateOnly start = starts.First.AddDays(i);
            int waited = FilingDelays.Truncation(start, known.AsOf, call);
            double c = complete[i];
            if (c >= 1) continue;
            // Days before the fit are nowcast from their own count (gamma–Poisson, Jeffreys prior); later ones from the model.
            double expected = waited >= 0 && i < starts.FitStart && c > 0
                ? Gamma.Sample(counts, starts.Observed[i] + 0.5, c) * (1 - c)
                : draw.StartRate[i] * (1 - c);
            int count = expected > 0 ? Poisson.Sample(counts, expected) : 0;
            for (int k = 0; k < count; k++)
            {
                double u = rng.NextDouble();
                if (FilingDelays.DrawDelay(draw.DelayCdf, Math.Max(0, waited + 1), u) is not int delay) continue;
                DateOnly filed = (start > call.FilingStart ? start : call.FilingStart).AddDays(delay);
                Application template = known.Templates[rng.Next(0, known.Templates.Length)];
                Application a = FutureApplication(template, start, filed, ++n, replicate, known, draw, call, rng);
                if (filed <= call.FilingEnd && filed > known.AsOf) applications.Add(a);
            }
        }
    }

    /// <summary>A known application with an early end and a renunciation drawn for after the as-of day, given none by then.</summary>
    private static Application WithFuture(Application a, KnownSoFar known, Draw draw, CallParameters call, RandomStream rng)
    {
        double uEnd = rng.NextDouble(), uRenounce = rng.NextDouble();
        if (a.EndedOn is not null || a.RenouncedOn is not null) return a;
        DateOnly after = known.AsOf.AddDays(1);
        return a with
        {
            RenouncedOn = Event(draw.Renunciation, a.RegisteredOn, Later(a.RegisteredOn, after), uRenounce, Later(SubsidisedPeriod.For(a, call).End, after)),
            EndedOn = Event(draw.EarlyEnd, a.ContractStart, Later(a.ContractStart, after), uEnd, SubsidisedPeriod.For(a, call).End),
        };
    }

    private static Application FutureApplication(Application template, DateOnly start, DateOnly registered, int n, int replicate, KnownSoFar known, Draw draw, CallParameters call, RandomStream rng)
    {
        int age = Eligibility.AgeOn(template.BirthDate, template.ContractStart);
        bool sameEmployer = rng.Chance(known.RepeatEmployerShare);
        int birthDays = rng.Next(1, 365);
        double uEnd = rng.NextDouble(), uRenounce = rng.NextDouble();
        string id = $"projected-{replicate}-{n:000000}";
        var a = template with
        {
            ApplicationId = id,
            ParticipantId = id,
            RegisteredAt = registered.ToDateTime(TimeOnly.FromDateTime(template.RegisteredAt)),
            EmployerId = sameEmployer ? template.EmployerId : $"projected-{replicate}-employer-{n:000000}",
            PriorDeMinimisEur = sameEmployer ? template.PriorDeMinimisEur : 0m,
            ContractStart = start,
            BirthDate = start.AddYears(-age).AddDays(-birthDays),
            EndedOn = null,
            RenouncedOn = null,
        };
        return a with
        {
            EndedOn = Event(draw.EarlyEnd, start, start, uEnd, SubsidisedPeriod.For(a, call).End),
            // ASSUMPTION: a grant is renounced, if at all, before its subsidised period ends.
            RenouncedOn = Event(draw.Renunciation, registered, registered, uRenounce, Later(SubsidisedPeriod.For(a, call).End, registered.AddDays(1))),
        };
    }

    /// <summary>The day of an event with monthly hazards counted from <paramref name="origin"/>, for one without it before <paramref name="from"/>; null if none before <paramref name="before"/>.</summary>
    private static DateOnly? Event(double[] hazards, DateOnly origin, DateOnly from, double u, DateOnly before)
    {
        if (MonthlyHazard.TimeToEvent(hazards, KnownSoFar.Months(origin, from), u) is not double months) return null;
        DateOnly day = origin.AddDays((int)(months * KnownSoFar.DaysPerMonth));
        if (day < from) day = from;
        return day < before ? day : null;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
