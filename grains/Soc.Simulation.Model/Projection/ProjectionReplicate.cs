using MathNet.Numerics.Distributions;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model.Randomness;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Model.Projection;

/// <summary>
/// One replicate of a running call's future (the Model's part of a projection): the known applications decided as the
/// call did (F), given their future early ends and renunciations, plus future applications at the rate seen so far,
/// each a copy of a known one moved to its new registration day. <c>CallProjector</c> in the Analysis runs and sums them.
/// </summary>
public static class ProjectionReplicate
{
    /// <summary>One replicate: the known applications with simulated futures, plus simulated future applications.</summary>
    public static (ReplayReport Report, DateOnly? ExhaustedOn) Run(Scenario scenario, KnownSoFar known, ulong seed, int replicate)
    {
        CallParameters call = scenario.Call;
        var rng = RandomStream.For(seed, replicate, "projection", "future");
        var applications = new List<Application>(known.Applications.Select(a => WithFuture(a, known, call, rng)));
        var poisson = new SystemRandomAdapter(rng);
        int n = 0;
        for (DateOnly day = known.AsOf.AddDays(1); day <= call.FilingEnd && known.Applications.Length > 0; day = day.AddDays(1))
        {
            int count = known.ApplicationsPerDay > 0 ? Poisson.Sample(poisson, known.ApplicationsPerDay) : 0;
            for (int k = 0; k < count; k++)
            {
                Application template = known.Applications[rng.Next(0, known.Applications.Length)];
                applications.Add(FutureApplication(template, day, ++n, replicate, known, call, rng));
            }
        }

        var engine = new GrantCallEngine(call);
        engine.Register(applications);
        engine.RunToEnd();
        CallSummary summary = DirectReplay.Summary(engine, call);
        LineLedger[] lines = [.. call.BudgetLines.Select(l => DirectReplay.Book(l.Code, engine.Budget.Postings, summary))];
        return (ReplayReport.Build(scenario.Name, summary, engine.Decisions(), lines), engine.ExhaustedOn);
    }

    /// <summary>A known application with an early end and a renunciation drawn for after the as-of day.</summary>
    private static Application WithFuture(Application a, KnownSoFar known, CallParameters call, RandomStream rng)
    {
        double uEnd = rng.NextDouble(), uRenounce = rng.NextDouble(), uDay = rng.NextDouble();
        if (a.EndedOn is not null || a.RenouncedOn is not null) return a;
        DateOnly? renounced = uRenounce < known.RenunciationShare
            ? a.RegisteredOn.AddDays((int)(uDay * KnownSoFar.RenunciationWindowDays))
            : null;
        return a with
        {
            RenouncedOn = renounced > known.AsOf ? renounced : null,
            EndedOn = EarlyEnd(a, Later(a.ContractStart, known.AsOf.AddDays(1)), known, call, uEnd),
        };
    }

    private static Application FutureApplication(Application template, DateOnly registered, int n, int replicate, KnownSoFar known, CallParameters call, RandomStream rng)
    {
        int delay = template.RegisteredOn.DayNumber - template.ContractStart.DayNumber;
        DateOnly start = registered.AddDays(-delay);
        int age = Eligibility.AgeOn(template.BirthDate, template.ContractStart);
        bool sameEmployer = rng.Chance(known.RepeatEmployerShare);
        string id = $"projected-{replicate}-{n:000000}";
        var a = template with
        {
            ApplicationId = id,
            ParticipantId = id,
            RegisteredAt = registered.ToDateTime(TimeOnly.FromDateTime(template.RegisteredAt)),
            EmployerId = sameEmployer ? template.EmployerId : $"projected-{replicate}-employer-{n:000000}",
            PriorDeMinimisEur = sameEmployer ? template.PriorDeMinimisEur : 0m,
            ContractStart = start,
            BirthDate = start.AddYears(-age).AddDays(-rng.Next(1, 365)),
            EndedOn = null,
            RenouncedOn = null,
        };
        double uEnd = rng.NextDouble();
        DateOnly? renounced = rng.Chance(known.RenunciationShare) ? registered.AddDays(rng.Next(0, KnownSoFar.RenunciationWindowDays)) : null;
        return a with { EndedOn = EarlyEnd(a, start, known, call, uEnd), RenouncedOn = renounced };
    }

    /// <summary>An early end from <paramref name="from"/> on, at the monthly hazard seen so far, inside the subsidised period.</summary>
    private static DateOnly? EarlyEnd(Application a, DateOnly from, KnownSoFar known, CallParameters call, double u)
    {
        SubsidisedPeriod period = SubsidisedPeriod.For(a, call);
        double months = (period.End.DayNumber - from.DayNumber) / 30.44;
        if (months <= 0 || known.MonthlyEarlyEndHazard <= 0) return null;
        // Time to an early end is exponential at the monthly hazard; beyond the period there is none.
        double monthsToEnd = -Math.Log(1 - u) / known.MonthlyEarlyEndHazard;
        return monthsToEnd < months ? from.AddDays((int)(monthsToEnd * 30.44)) : null;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
