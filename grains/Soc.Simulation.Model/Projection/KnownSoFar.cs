using System.Runtime.CompilerServices;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Abstractions.Projection;
using Soc.Simulation.Abstractions.Budget;

namespace Soc.Simulation.Model.Projection;

/// <summary>
/// What the register tells on the as-of day, and the models estimated from it (H7): the filing delays
/// (<see cref="FilingDelays"/>), the rate of contract starts with its trend and weekday effects (<see cref="StartRate"/>),
/// the share of applications by an employer already in the register, and the early-end hazard by contract month and
/// the renunciation hazard by month since registration (<see cref="MonthlyHazard"/>). A previous edition's register,
/// when given, is the prior shape of demand (<see cref="HistoryShape"/>).
/// </summary>
public sealed class KnownSoFar
{
    /// <summary>ASSUMPTION: renunciations come within 9 months of registration (the longest subsidised period).</summary>
    public const int RenunciationMonths = 9;

    /// <summary>Days in an average month, to turn days into contract months.</summary>
    public const double DaysPerMonth = 30.44;

    // The estimate is made once per plan in a process: the summary and the replicates run here share it.
    private static readonly ConditionalWeakTable<ProjectionPlan, KnownSoFar> ByPlan = [];

    /// <summary>What is known on the plan's as-of day.</summary>
    public static KnownSoFar Of(ProjectionPlan plan) =>
        ByPlan.GetValue(plan, p => new KnownSoFar(p.Register, p.AsOf, p.Scenario.Call, p.History));

    public KnownSoFar(IReadOnlyList<Application> register, DateOnly asOf, CallParameters call, IReadOnlyList<Application>? history = null)
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

        Delays = new FilingDelays(Applications, asOf, call, history);
        Starts = new StartRate(Applications, asOf, call, Delays, history is { Count: > 0 } ? new HistoryShape(history, call) : null);
        Templates = [.. Applications.Where(a => a.ContractStart >= call.HiringStart && a.ContractStart <= call.HiringEnd)];
        if (Templates.Length == 0) Templates = Applications;
        EarlyEnds = EarlyEndHazard(call);
        Renunciations = RenunciationHazard();

        _decided = new GrantCallEngine(call);
        _decided.Register(Applications);
        _decided.AdvanceThrough(asOf);
        IReadOnlyList<LedgerPosting> postings = _decided.Budget.Postings;
        CommittedEur = _decided.Budget.CommittedEur;
        NetPaidEur = postings.Where(p => p.Kind == PostingKind.Payment).Sum(p => p.AmountEur) - postings.Where(p => p.Kind == PostingKind.Refund).Sum(p => p.AmountEur);
    }

    // The call as the register says it went up to the as-of day, decided once: each replicate forks it for its own future
    // and none changes it (forking only reads it, so replicates may fork it at the same time).
    private readonly GrantCallEngine _decided;

    /// <summary>A copy of the call decided through the as-of day, for one replicate to go on from.</summary>
    internal GrantCallEngine ForkDecided() => _decided.Fork();

    /// <summary>Net committed euros on the as-of day.</summary>
    public decimal CommittedEur { get; }

    /// <summary>Paid less refunded euros on the as-of day.</summary>
    public decimal NetPaidEur { get; }

    public DateOnly AsOf { get; }

    public Application[] Applications { get; }

    /// <summary>The known applications whose contract starts in the hiring window: the templates of future ones.</summary>
    public Application[] Templates { get; }

    public double ApplicationsPerDay { get; }

    public double RepeatEmployerShare { get; }

    public FilingDelays Delays { get; }

    public StartRate Starts { get; }

    /// <summary>Early ends by month of the subsidised contract (exposure from the start to the as-of day, the end of the period or the early end).</summary>
    public MonthlyHazard EarlyEnds { get; }

    /// <summary>Renunciations by month since registration.</summary>
    public MonthlyHazard Renunciations { get; }

    /// <summary>The pooled renunciation rate a month (kept for the summary).</summary>
    public double RenunciationShare => Renunciations.Pooled;

    /// <summary>The pooled early-end rate a month.</summary>
    public double MonthlyEarlyEndHazard => EarlyEnds.Pooled;

    private MonthlyHazard EarlyEndHazard(CallParameters call)
    {
        var events = new double[call.MaxSubsidisedMonths];
        var exposure = new double[call.MaxSubsidisedMonths];
        foreach (Application a in Applications)
        {
            SubsidisedPeriod period = SubsidisedPeriod.For(a, call);
            DateOnly observedEnd = new[] { AsOf, period.End, a.EndedOn ?? DateOnly.MaxValue }.Min();
            if (observedEnd < a.ContractStart) continue;
            double? at = a.EndedOn is DateOnly e && e < period.End ? Months(a.ContractStart, e) : null;
            MonthlyHazard.Observe(events, exposure, 0, Months(a.ContractStart, observedEnd.AddDays(1)), at);
        }

        return new MonthlyHazard(events, exposure);
    }

    private MonthlyHazard RenunciationHazard()
    {
        var events = new double[RenunciationMonths];
        var exposure = new double[RenunciationMonths];
        foreach (Application a in Applications)
        {
            DateOnly observedEnd = a.RenouncedOn is DateOnly r && r < AsOf ? r : AsOf;
            double? at = a.RenouncedOn is DateOnly on ? Months(a.RegisteredOn, on) : null;
            MonthlyHazard.Observe(events, exposure, 0, Months(a.RegisteredOn, observedEnd.AddDays(1)), at);
        }

        return new MonthlyHazard(events, exposure);
    }

    public static double Months(DateOnly from, DateOnly to) => (to.DayNumber - from.DayNumber) / DaysPerMonth;
}
