using Soc.Simulation.Model.Budget;
using Soc.Simulation.Abstractions.Employers;
using Soc.Simulation.Model.Employers;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Model.Promoters;
using Soc.Simulation.Abstractions.Budget;

namespace Soc.Simulation.Model.GrantCall;

/// <summary>
/// The grant call as a deterministic event machine (domain.md F). Applications are registered in batches
/// in any order; <see cref="AdvanceThrough"/> then decides them day by day in registry order (F4), frees
/// money on early ends and renunciations and reassigns it to the waiting list (F8, A7), applies dated top-ups
/// and cuts (F6), and pays advances and balances (F7). Because decisions are taken only when the clock moves,
/// in the canonical order of <see cref="EventKey"/>, the outcome does not depend on how registrations were
/// batched or in which order they arrived.
/// </summary>
public sealed partial class GrantCallEngine
{
    private readonly CallParameters _call;
    private readonly CallBudget _budget;

    // What the grants outside each participant quota's group commit (B7, I6); empty for a call without quotas.
    private readonly QuotaBook _quotas;

    // The promoters that pre-selected the call's employers and their places (I2, A3); null when the call lists none.
    private readonly CallPromoters? _promoters;

    // Null for a call alone; in a portfolio, the other calls' aid and the lines of the fiscal year (I4, I5).
    private readonly CallAuthorities? _authorities;
    private readonly Dictionary<string, ApplicationCase> _cases = new(StringComparer.Ordinal);

    // The same cases by Index, in the order they were registered.
    private readonly List<ApplicationCase> _registered = [];

    // The cases decided so far, in the order they were first decided, which is registry order (registrations are
    // handled in EventKey order: day, then registry time and id).
    private readonly List<ApplicationCase> _decided = [];
    private readonly Dictionary<string, EmployerLedger> _employers = new(StringComparer.Ordinal);
    // In registry order (cases join it only when first decided, and that is in registry order); a linked list
    // because renunciations and grants take cases out of its middle and head, which a list does in linear time.
    private readonly LinkedList<ApplicationCase> _waitingList = new();
    private readonly EventCalendar _events = new();
    private readonly List<(string EmployerId, EmployerGrantChange Change)> _employerChanges = [];
    private long _sequence;
    private DateOnly? _today;

    // What the event being handled freed, for the decision trail of an application it takes off the waiting list.
    private (ReleaseKind Kind, string? By, decimal Eur)? _release;

    public GrantCallEngine(CallParameters call, CallAuthorities? authorities = null)
    {
        _call = call;
        _authorities = authorities;
        OpenedOn = OpeningDay(call);
        _budget = new CallBudget(call, OpenedOn);
        _quotas = new QuotaBook(call);
        _promoters = CallPromoters.Apply(call) ? new CallPromoters(call, authorities?.Promoters) : null;
        foreach (BudgetChange change in call.BudgetChanges)
        {
            Schedule(change.On, DayPhase.BudgetChange, 0, "", new BudgetChangeEvent(change));
        }

        foreach (ParticipantQuota quota in call.Quotas)
        {
            Schedule(call.ReservedUntil(quota).AddDays(1), DayPhase.BudgetChange, 0, "", new QuotaEndEvent(quota));
        }
    }

    /// <summary>The first day of the call's books.</summary>
    public DateOnly OpenedOn { get; }

    /// <summary>The first day of a call's books: the start of hiring or of filing, whichever comes first.</summary>
    public static DateOnly OpeningDay(CallParameters call) => call.HiringStart < call.FilingStart ? call.HiringStart : call.FilingStart;

    /// <summary>The last day whose events have all been processed.</summary>
    public DateOnly? ProcessedThrough { get; private set; }

    /// <summary>The first day an eligible application was refused for lack of budget (the call ran out).</summary>
    public DateOnly? ExhaustedOn { get; private set; }

    public CallBudget Budget => _budget;

    public CallStatus Status => new(ExhaustedOn, AvailableEur);

    /// <summary>What the call may still grant: its own budget left, and in a portfolio no more than its lines of the year have left.</summary>
    public decimal AvailableEur => _authorities is null ? _budget.AvailableEur : Math.Min(_budget.AvailableEur, _authorities.Lines.AvailableEur);

    /// <summary>The day of the next event to process, or null when the call's books are final.</summary>
    public DateOnly? NextEventDay => _events.TryPeek(out _, out EventKey key) ? key.Day : null;

    /// <summary>The day of the next event that is not a justification: the next day the call may decide, or move money other than a payment.</summary>
    public DateOnly? NextDecisionDay => _events.NextDecisionDay;

    public decimal TopUpsEur { get; private set; }

    public decimal CutsEur { get; private set; }

    public int RegisteredCount => _cases.Count;

    /// <summary>Registers applications; they are decided when the clock reaches their registration day.</summary>
    public void Register(IEnumerable<Application> batch)
    {
        if (batch is ICollection<Application> sized)
        {
            _cases.EnsureCapacity(_cases.Count + sized.Count);
            _registered.EnsureCapacity(_registered.Count + sized.Count);
        }

        foreach (Application a in batch)
        {
            if (ProcessedThrough is DateOnly through && a.RegisteredOn <= through)
            {
                throw new InvalidOperationException(
                    $"application {a.ApplicationId} registered on {a.RegisteredOn:yyyy-MM-dd}, a day the call has already decided");
            }

            if (a.EndedOn < a.ContractStart || a.RenouncedOn < a.RegisteredOn)
            {
                throw new ArgumentException($"application {a.ApplicationId} ends before its contract starts or is renounced before it is registered");
            }

            if (_cases.ContainsKey(a.ApplicationId))
            {
                throw new InvalidOperationException($"application {a.ApplicationId} registered twice");
            }

            var period = SubsidisedPeriod.For(a, _call);
            var c = new ApplicationCase(a, _call.EmployerTypeLines[a.EmployerType], SubsidyAmount.Requested(a, _call), period) { Index = _registered.Count };
            _cases.Add(a.ApplicationId, c);
            _registered.Add(c);
            Schedule(a.RegisteredOn, DayPhase.Registration, a.RegisteredAt.Ticks, a.ApplicationId, new RegistrationEvent(c));
        }
    }

    /// <summary>Processes every event up to and including <paramref name="day"/>.</summary>
    public void AdvanceThrough(DateOnly day)
    {
        while (_events.TryPeek(out CallEvent? e, out EventKey key) && key.Day <= day)
        {
            _events.TryDequeue(out _, out _);
            Handle(e, key.Day);
        }

        ProcessedThrough = day;
    }

    /// <summary>
    /// Processes every event up to and including <paramref name="through"/>, as turn after turn on each event day would:
    /// the last day processed is the last event's (a portfolio's call, given several days in one turn because no one
    /// else acts on them, ends where it would have day by day).
    /// </summary>
    public void ProcessEventsThrough(DateOnly through)
    {
        while (_events.TryPeek(out CallEvent? e, out EventKey key) && key.Day <= through)
        {
            _events.TryDequeue(out _, out _);
            Handle(e, key.Day);
            ProcessedThrough = key.Day;
        }
    }

    /// <summary>Processes every remaining event: the call's books are then final.</summary>
    public void RunToEnd()
    {
        DateOnly last = ProcessedThrough ?? OpenedOn;
        while (_events.TryDequeue(out CallEvent? e, out EventKey key))
        {
            Handle(e, key.Day);
            last = key.Day;
        }

        ProcessedThrough = last;
    }

    /// <summary>The decisions so far, in registry order: the decided cases, then those whose day has not come (all later).</summary>
    public IReadOnlyList<AwardDecision> Decisions()
    {
        IEnumerable<ApplicationCase> undecided = _decided.Count == _cases.Count ? []
            : _cases.Values.Where(c => !c.Decided).OrderBy(c => c.Application, RegistryOrder.Comparer);
        return [.. _decided.Concat(undecided)
            .Select(c => new AwardDecision(c.Id, c.Decision, c.Reason, c.GrantedEur, c.PaidEur, c.RefundedEur, c.DecidedOn) { Trail = c.Trail })];
    }

    /// <summary>The decisions' counts so far, without a list of them (what a projection's replicate needs).</summary>
    public DecisionTally Tally() => DecisionTally.Of(_registered.Select(c => (c.Decision, c.Reason)));

    /// <summary>The employer-side changes since the last call, for the employers' own books.</summary>
    public IReadOnlyList<(string EmployerId, EmployerGrantChange Change)> DrainEmployerChanges()
    {
        var drained = _employerChanges.ToList();
        _employerChanges.Clear();
        return drained;
    }

    /// <summary>
    /// Queues an event. Nothing happens before the day being processed: a justification due before a late
    /// reassignment (the contract ended while the application waited) takes place on the grant day.
    /// </summary>
    private void Schedule(DateOnly day, DayPhase phase, long ticks, string id, CallEvent e) =>
        _events.Enqueue(e, new EventKey(_today is DateOnly today ? Later(day, today) : day, phase, ticks, id, _sequence++));

    private void Handle(CallEvent e, DateOnly day)
    {
        _today = day;
        _release = null;
        switch (e)
        {
            case BudgetChangeEvent b:
                int postedBefore = _budget.Postings.Count;
                decimal effective = _budget.Apply(b.Change);
                FollowBudgetChange(postedBefore);
                if (b.Change.Kind == BudgetChangeKind.TopUp) TopUpsEur += effective; else CutsEur += effective;
                if (b.Change.Kind == BudgetChangeKind.TopUp) _release = (ReleaseKind.TopUp, null, effective);
                ServeWaitingList(day);
                break;
            case QuotaEndEvent:
                _release = (ReleaseKind.QuotaEnd, null, 0m);
                ServeWaitingList(day);
                NowWaitingForBudget(day);
                break;
            case RegistrationEvent r:
                Decide(r.Case, day);
                break;
            case EarlyEndEvent end:
                EndEarly(end.Case, end.EndedOn, day);
                break;
            case RenunciationEvent renounce:
                Renounce(renounce.Case, renounce.RenouncedOn, day);
                break;
            case JustificationEvent j when j.Version == j.Case.JustificationVersion:
                Justify(j.Case, day);
                break;
        }
    }

    /// <summary>First decision, on the registration day: eligibility (F1, F2, F5) before budget (F4).</summary>
    private void Decide(ApplicationCase c, DateOnly day)
    {
        c.DecidedOn = day;
        c.Decided = true;
        _decided.Add(c);
        string? refusal = Eligibility.Refusal(c.Application, _call) ?? _promoters?.Refusal(c.Application)
            ?? Employer(c.Application).Refusal(c.RequestedEur, OtherAid(c, day));
        if (refusal is not null)
        {
            RefuseAsIneligible(c, refusal, day);
            return;
        }

        c.Eligible = true;
        c.Waiting = true;
        c.WaitingNode = _waitingList.AddLast(c);
        ScheduleFreeings(c);
        ServeWaitingList(day);
        if (c.Waiting)
        {
            // The trail: what it needed and what was left; in strict order, an earlier application may be the one that did not fit.
            ApplicationCase head = _waitingList.First!.Value;
            decimal available = AvailableEur;
            string? ahead = head != c && AmountNow(c) <= available ? head.Id : null;
            c.Trail = new DecisionTrail(day, AmountNow(c), available, c.Line, _budget.AvailableOn(c.Line), ahead);
            c.HasWaited = true;
            c.Decision = DecisionKind.RefusedBudget;
            if (QuotaHolding(c, AmountNow(c), day) is ParticipantQuota quota && AmountNow(c) <= available)
            {
                // The call has the money, but it is held for the quota's group: not a sign that the call ran out.
                c.Reason = $"B7 budget reserved for the {Scenarios.QuotaGroupNames.Label(quota.Group)} quota ({quota.MinShare:0.##%}) until {_call.ReservedUntil(quota):yyyy-MM-dd}; on the waiting list";
                return;
            }

            c.Reason = WaitingForBudget;
            ExhaustedOn ??= day;
        }
    }

    private const string WaitingForBudget = "A12 no budget left in registry order; on the waiting list";

    /// <summary>The quota whose reservation keeps this grant from fitting on the day, or null.</summary>
    private ParticipantQuota? QuotaHolding(ApplicationCase c, decimal amount, DateOnly day)
    {
        if (_call.Quotas.Count == 0) return null;
        (decimal room, ParticipantQuota? binding) = _quotas.Room(c.Application, day, _budget.TotalEur);
        return amount > room ? binding : null;
    }

    /// <summary>Once a quota's reservation has ended, what still waits does so for budget alone.</summary>
    private void NowWaitingForBudget(DateOnly day)
    {
        foreach (ApplicationCase c in _waitingList)
        {
            if (QuotaHolding(c, AmountNow(c), day) is not null) continue;
            if (c.Reason.StartsWith("B7", StringComparison.Ordinal))
            {
                c.Reason = WaitingForBudget;
                ExhaustedOn ??= day;
            }
        }
    }

    /// <summary>
    /// Grants from the head of the waiting list while money allows (A7, F4). Strict order stops at the first
    /// application that does not fit; the skip-to-fit lever goes on to later ones. Nothing is awarded on or
    /// after the end of execution (F8).
    /// </summary>
    private void ServeWaitingList(DateOnly day)
    {
        if (day >= _call.ExecutionEnd)
        {
            return;
        }

        for (LinkedListNode<ApplicationCase>? node = _waitingList.First; node is not null;)
        {
            ApplicationCase c = node.Value;
            LinkedListNode<ApplicationCase>? next = node.Next;
            decimal amount = AmountNow(c);
            if ((_promoters?.Refusal(c.Application) ?? Employer(c.Application).Refusal(amount, OtherAid(c, day))) is string refusal)
            {
                LeaveWaitingList(c);
                RefuseAsIneligible(c, refusal, day);
                node = next;
                continue;
            }

            if (QuotaHolding(c, amount, day) is not null)
            {
                // Held back by a quota, it waits without blocking the registry order behind it (B7, I6).
                node = next;
                continue;
            }

            decimal available = AvailableEur;
            decimal grant = amount <= available ? amount : _call.PartialGrants ? available : 0m;
            if (grant <= 0)
            {
                if (_call.AwardOrder == AwardOrder.Strict) return;
                node = next;
                continue;
            }

            LeaveWaitingList(c);
            Grant(c, grant, day);
            node = next;
        }
    }

    private void LeaveWaitingList(ApplicationCase c)
    {
        if (c.WaitingNode is { } node)
        {
            _waitingList.Remove(node);
            c.WaitingNode = null;
        }
    }

    private void Grant(ApplicationCase c, decimal amount, DateOnly day)
    {
        c.Waiting = false;
        c.Decision = c.HasWaited ? DecisionKind.GrantedOnReassignment : DecisionKind.Granted;
        c.Reason = "";
        c.DecidedOn = day;
        c.GrantedEur = amount;
        c.CommittedEur = amount;
        if (c.HasWaited && c.Trail is not null)
        {
            c.Trail = c.Trail with { GrantedOn = day, Freed = _release?.Kind, FreedBy = _release?.By, FreedEur = _release?.Eur ?? 0, AvailableEur = AvailableEur };
        }

        _budget.Commit(day, c.Line, amount, c.Id, reassignment: c.HasWaited);
        _quotas.Move(c.Application, amount);
        _promoters?.Change(c.Application, takes: true);
        _authorities?.Lines.Commit(day, c.Line, amount, c.Id, reassignment: c.HasWaited);
        SetEmployerGrant(c, amount);

        decimal advance = Money.Cents(amount * _call.AdvanceShare);
        Pay(c, advance, day);
        ScheduleJustification(c, c.EndedOn is DateOnly ended ? c.Period.EndingOn(ended).End : c.Period.End);
    }

    /// <summary>F8: what is not due after an early end is freed on the end day and offered to the waiting list.</summary>
    private void EndEarly(ApplicationCase c, DateOnly endedOn, DateOnly day)
    {
        c.EndedOn = endedOn;
        if (c.Waiting)
        {
            // A smaller amount may now fit at the head of the waiting list.
            _release = (ReleaseKind.WaitingEarlyEnd, c.Id, 0m);
            ServeWaitingList(day);
            return;
        }

        if (!c.Granted || c.Renounced)
        {
            return;
        }

        decimal due = SubsidyAmount.DueAfterEarlyEnd(c.Application, endedOn, c.GrantedEur, _call);
        decimal freed = c.CommittedEur - due;
        if (freed > 0)
        {
            c.CommittedEur = due;
            _budget.Release(day, c.Line, freed, c.Id);
            _quotas.Move(c.Application, -freed);
            _authorities?.Lines.Release(day, c.Line, freed, c.Id);
            SetEmployerGrant(c, due);
            _release = (ReleaseKind.EarlyEnd, c.Id, freed);
        }

        ScheduleJustification(c, c.Period.EndingOn(endedOn).End);
        ServeWaitingList(day);
    }

    /// <summary>F8: a renunciation frees the whole grant and any payment made is refunded.</summary>
    private void Renounce(ApplicationCase c, DateOnly renouncedOn, DateOnly day)
    {
        c.Renounced = true;
        if (c.Waiting)
        {
            LeaveWaitingList(c);
            c.Waiting = false;
            c.Reason = $"A12 renounced on {renouncedOn:yyyy-MM-dd} while on the waiting list";
            // In strict order the renounced application may have been the one blocking the others.
            _release = (ReleaseKind.WaitingRenunciation, c.Id, 0m);
            ServeWaitingList(day);
            return;
        }

        if (!c.Granted)
        {
            return;
        }

        c.JustificationVersion++;
        _promoters?.Change(c.Application, takes: false);
        if (c.CommittedEur > 0)
        {
            _release = (ReleaseKind.Renunciation, c.Id, c.CommittedEur);
            _budget.Release(day, c.Line, c.CommittedEur, c.Id);
            _quotas.Move(c.Application, -c.CommittedEur);
            _authorities?.Lines.Release(day, c.Line, c.CommittedEur, c.Id);
            c.CommittedEur = 0;
            SetEmployerGrant(c, 0);
        }

        Refund(c, c.PaidEur - c.RefundedEur, day);
        ServeWaitingList(day);
    }

    /// <summary>F7: at justification the balance of what is due is paid, or the advance above it refunded.</summary>
    private void Justify(ApplicationCase c, DateOnly day)
    {
        decimal balance = c.CommittedEur - (c.PaidEur - c.RefundedEur);
        if (balance > 0) Pay(c, balance, day);
        else if (balance < 0) Refund(c, -balance, day);
    }

    private void ScheduleFreeings(ApplicationCase c)
    {
        if (c.Application.EndedOn is DateOnly ended) ScheduleEarlyEnd(c, ended);
        if (c.Application.RenouncedOn is DateOnly renounced) ScheduleRenunciation(c, renounced);
    }

    private void ScheduleEarlyEnd(ApplicationCase c, DateOnly ended)
    {
        if (ended < c.Period.End)
        {
            Schedule(Later(ended, c.Application.RegisteredOn), DayPhase.Freeing, 0, c.Id, new EarlyEndEvent(c, ended));
        }
    }

    private void ScheduleRenunciation(ApplicationCase c, DateOnly renounced) =>
        Schedule(Later(renounced, c.Application.RegisteredOn), DayPhase.Freeing, 1, c.Id, new RenunciationEvent(c, renounced));

    private void ScheduleJustification(ApplicationCase c, DateOnly subsidyEnd)
    {
        c.JustificationVersion++;
        DateOnly on = subsidyEnd.AddMonths(_call.JustificationDelayMonths);
        Schedule(on, DayPhase.Justification, 0, c.Id, new JustificationEvent(c, c.JustificationVersion));
    }

    private decimal AmountNow(ApplicationCase c) =>
        c.EndedOn is DateOnly ended ? SubsidyAmount.DueAfterEarlyEnd(c.Application, ended, c.RequestedEur, _call) : c.RequestedEur;

    private void RefuseAsIneligible(ApplicationCase c, string reason, DateOnly day)
    {
        c.Waiting = false;
        c.Decision = DecisionKind.RefusedIneligible;
        c.Reason = reason;
        c.DecidedOn = day;
    }

    private void Pay(ApplicationCase c, decimal amount, DateOnly day)
    {
        if (amount <= 0) return;
        c.PaidEur += amount;
        _budget.Pay(day, c.Line, amount, c.Id);
        _authorities?.Lines.Pay(day, c.Line, amount, c.Id);
    }

    private void Refund(ApplicationCase c, decimal amount, DateOnly day)
    {
        if (amount <= 0) return;
        c.RefundedEur += amount;
        _budget.Refund(day, c.Line, amount, c.Id);
        _authorities?.Lines.Refund(day, c.Line, amount, c.Id);
    }

    private EmployerLedger Employer(Application a)
    {
        if (!_employers.TryGetValue(a.EmployerId, out EmployerLedger? ledger))
        {
            ledger = EmployerLedger.For(a, _call);
            _employers.Add(a.EmployerId, ledger);
        }

        return ledger;
    }

    private void SetEmployerGrant(ApplicationCase c, decimal amount)
    {
        Employer(c.Application).Set(c.Id, amount);
        _employerChanges.Add((c.Application.EmployerId, new EmployerGrantChange(c.Id, amount, c.DecidedOn)));
    }

    internal IReadOnlyDictionary<string, EmployerLedger> Employers => _employers;

    /// <summary>The promoters the call lists and their places (I2); none when it lists none.</summary>
    public IEnumerable<(Abstractions.Promoters.Promoter Promoter, IPromoterBook Book)> Promoters => _promoters?.Books ?? [];

    /// <summary>The employers that have applied, in id order.</summary>
    public IEnumerable<string> EmployerIds => _employers.Keys.Order(StringComparer.Ordinal);

    /// <summary>The limits the call applies to an employer that has applied.</summary>
    public EmployerTerms TermsOf(string employerId)
    {
        EmployerLedger l = _employers[employerId];
        return new EmployerTerms(l.PriorDeMinimisEur, l.CapEur, l.MaxParticipants, _call.DeMinimisWindow);
    }

    /// <summary>The employer's aid from the portfolio's other calls that counts on the day (none for a call alone).</summary>
    private decimal OtherAid(ApplicationCase c, DateOnly day) =>
        _authorities?.OtherAid.InWindow(c.Application.EmployerId, day, _call.DeMinimisWindow) ?? 0m;

    /// <summary>The lines of the fiscal year follow the call's top-ups and cuts (A5, A8).</summary>
    private void FollowBudgetChange(int postedBefore)
    {
        if (_authorities is null) return;
        IReadOnlyList<LedgerPosting> postings = _budget.Postings;
        for (int i = postedBefore; i < postings.Count; i++) _authorities.Lines.FollowBudgetChange(postings[i]);
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
