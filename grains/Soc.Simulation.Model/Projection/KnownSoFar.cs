using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;

namespace Soc.Simulation.Model.Projection;

/// <summary>
/// What the register tells on the as-of day, and the rates estimated from it: applications per day since the
/// filing start, the share of applications by an employer already in the register, the renunciation share
/// (over applications old enough for a renunciation to have shown) and the monthly early-end hazard (early
/// ends over months of subsidised contract observed).
/// </summary>
public sealed class KnownSoFar
{
    /// <summary>Days after registration within which a renunciation is assumed to come (the window it is drawn in).</summary>
    public const int RenunciationWindowDays = 120;

    public KnownSoFar(IReadOnlyList<Application> register, DateOnly asOf, CallParameters call)
    {
        AsOf = asOf;
        // Later early ends and renunciations are not known yet on the as-of day.
        Applications = [.. register.Where(a => a.RegisteredOn <= asOf).OrderBy(a => a, RegistryOrder.Comparer)
            .Select(a => a with { EndedOn = a.EndedOn <= asOf ? a.EndedOn : null, RenouncedOn = a.RenouncedOn <= asOf ? a.RenouncedOn : null })];
        int days = Math.Max(1, asOf.DayNumber - call.FilingStart.DayNumber + 1);
        ApplicationsPerDay = (double)Applications.Count(a => a.RegisteredOn >= call.FilingStart) / days;

        var seen = new HashSet<string>(StringComparer.Ordinal);
        int repeats = Applications.Count(a => !seen.Add(a.EmployerId));
        RepeatEmployerShare = Applications.Length == 0 ? 0 : (double)repeats / Applications.Length;

        Application[] old = [.. Applications.Where(a => a.RegisteredOn.AddDays(RenunciationWindowDays) <= asOf)];
        RenunciationShare = old.Length == 0 ? 0 : (double)old.Count(a => a.RenouncedOn is not null) / old.Length;

        double exposureMonths = 0;
        int earlyEnds = 0;
        foreach (Application a in Applications)
        {
            SubsidisedPeriod period = SubsidisedPeriod.For(a, call);
            DateOnly observedEnd = new[] { asOf, period.End, a.EndedOn ?? DateOnly.MaxValue }.Min();
            if (observedEnd < a.ContractStart) continue;
            exposureMonths += (observedEnd.DayNumber - a.ContractStart.DayNumber + 1) / 30.44;
            if (a.EndedOn is not null && a.EndedOn < period.End) earlyEnds++;
        }

        MonthlyEarlyEndHazard = exposureMonths == 0 ? 0 : earlyEnds / exposureMonths;
    }

    public DateOnly AsOf { get; }
    public Application[] Applications { get; }
    public double ApplicationsPerDay { get; }
    public double RepeatEmployerShare { get; }
    public double RenunciationShare { get; }
    public double MonthlyEarlyEndHazard { get; }
}
