using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Employers;

namespace Soc.Simulation.Model.GrantCall;

/// <summary>
/// Going on from a decided state (H7): a projection decides the register up to its as-of day once, then forks that
/// state for each replicate and tells each fork its own future — early ends and renunciations of the known applications,
/// and the applications still to come. A fork's books equal those of an engine that had been given the whole
/// register, futures included, from the start (tested in <c>EngineForkTests</c>).
/// </summary>
public sealed partial class GrantCallEngine
{
    /// <summary>An independent copy of this engine's state; neither sees what the other does next.</summary>
    public GrantCallEngine Fork() => new(this);

    /// <summary>
    /// Tells the call that an application it has registered will end early or be renounced (null: nothing new), on a day
    /// not yet processed, as if the register had said so from the start: the freeing events (F8) are those its
    /// registration day schedules.
    /// </summary>
    public void Learn(string applicationId, DateOnly? endedOn, DateOnly? renouncedOn)
    {
        if (!_cases.TryGetValue(applicationId, out ApplicationCase? c))
        {
            throw new InvalidOperationException($"application {applicationId} is not registered");
        }

        Application a = c.Application;
        if ((endedOn is not null && a.EndedOn is not null) || (renouncedOn is not null && a.RenouncedOn is not null))
        {
            throw new InvalidOperationException($"application {applicationId} already has its early end or renunciation");
        }

        if (ProcessedThrough is DateOnly through && (endedOn <= through || renouncedOn <= through))
        {
            throw new InvalidOperationException($"application {applicationId}: an early end or renunciation on a day the call has already decided");
        }

        if (endedOn < a.ContractStart || renouncedOn < a.RegisteredOn)
        {
            throw new ArgumentException($"application {applicationId} ends before its contract starts or is renounced before it is registered");
        }

        c.Application = a with { EndedOn = endedOn ?? a.EndedOn, RenouncedOn = renouncedOn ?? a.RenouncedOn };
        // One not decided yet schedules them on its registration day; one refused then never will.
        if (c.Decided && c.Eligible)
        {
            if (endedOn is DateOnly ended) ScheduleEarlyEnd(c, ended);
            if (renouncedOn is DateOnly renounced) ScheduleRenunciation(c, renounced);
        }
    }

    private GrantCallEngine(GrantCallEngine from)
    {
        // A fork of a portfolio's call would charge the shared lines twice: projections fork calls alone.
        if (from._authorities is not null)
        {
            throw new InvalidOperationException("a call of a portfolio cannot be forked");
        }

        _call = from._call;
        OpenedOn = from.OpenedOn;
        _budget = from._budget.Copy();
        _quotas = from._quotas.Copy();
        _promoters = from._promoters?.Copy();
        _registered = new List<ApplicationCase>(from._registered.Count);
        _cases = new Dictionary<string, ApplicationCase>(from._cases.Count, StringComparer.Ordinal);
        foreach (ApplicationCase c in from._registered)
        {
            ApplicationCase copy = c.Copy();
            _registered.Add(copy);
            _cases.Add(copy.Id, copy);
        }

        _decided = new List<ApplicationCase>(from._decided.Count);
        foreach (ApplicationCase c in from._decided) _decided.Add(_registered[c.Index]);
        foreach (ApplicationCase c in from._waitingList)
        {
            ApplicationCase mine = _registered[c.Index];
            mine.WaitingNode = _waitingList.AddLast(mine);
        }

        _employers = new Dictionary<string, EmployerLedger>(from._employers.Count, StringComparer.Ordinal);
        foreach ((string id, EmployerLedger ledger) in from._employers) _employers.Add(id, ledger.Copy());
        _events = new EventCalendar(from._events, Mine);
        _employerChanges = [.. from._employerChanges];
        _sequence = from._sequence;
        _today = from._today;
        _release = from._release;
        ProcessedThrough = from.ProcessedThrough;
        ExhaustedOn = from.ExhaustedOn;
        TopUpsEur = from.TopUpsEur;
        CutsEur = from.CutsEur;
    }

    /// <summary>The same event, about this engine's copy of its case.</summary>
    private CallEvent Mine(CallEvent e) => e switch
    {
        RegistrationEvent r => new RegistrationEvent(_registered[r.Case.Index]),
        EarlyEndEvent end => end with { Case = _registered[end.Case.Index] },
        RenunciationEvent renounce => renounce with { Case = _registered[renounce.Case.Index] },
        JustificationEvent j => j with { Case = _registered[j.Case.Index] },
        _ => e,
    };
}
