using System.Diagnostics.CodeAnalysis;

namespace Soc.Simulation.Model.GrantCall;

/// <summary>
/// The call's pending events, by day: a small queue per day in <see cref="EventKey"/> order, and the days in order.
/// It dequeues exactly as one queue ordered by <see cref="EventKey"/> would (the key compares the day first), but a
/// register of a hundred thousand applications no longer makes every event climb a heap of a hundred thousand: the
/// replay of a large register spent nearly half its time there.
/// </summary>
internal sealed class EventCalendar
{
    private readonly PriorityQueue<int, int> _days;
    private readonly Dictionary<int, PriorityQueue<CallEvent, EventKey>> _byDay;

    // The days with events other than justifications, and how many each still has (a day whose count fell to 0 is
    // dropped when peeked): see NextDecisionDay.
    private readonly PriorityQueue<int, int> _decisionDays;
    private readonly Dictionary<int, int> _decisionsOnDay;

    public EventCalendar()
    {
        _days = new PriorityQueue<int, int>();
        _byDay = [];
        _decisionDays = new PriorityQueue<int, int>();
        _decisionsOnDay = [];
    }

    /// <summary>A copy whose events are <paramref name="map"/> of these (a forked engine's own cases).</summary>
    public EventCalendar(EventCalendar from, Func<CallEvent, CallEvent> map)
    {
        _days = new PriorityQueue<int, int>(from._days.UnorderedItems);
        _byDay = new Dictionary<int, PriorityQueue<CallEvent, EventKey>>(from._byDay.Count);
        foreach ((int day, PriorityQueue<CallEvent, EventKey> events) in from._byDay)
        {
            // Every key is distinct (the sequence breaks ties), so the copy dequeues in the same order whatever its heap's layout.
            _byDay.Add(day, new PriorityQueue<CallEvent, EventKey>(events.UnorderedItems.Select(e => (map(e.Element), e.Priority))));
        }

        _decisionDays = new PriorityQueue<int, int>(from._decisionDays.UnorderedItems);
        _decisionsOnDay = new Dictionary<int, int>(from._decisionsOnDay);
    }

    /// <summary>
    /// The day of the next event other than a justification (a registration, a release, a budget change, the end of a
    /// quota's reservation): only those read or change what a call shares with others; a justification pays what is due.
    /// </summary>
    public DateOnly? NextDecisionDay
    {
        get
        {
            while (_decisionDays.TryPeek(out int day, out _))
            {
                if (_decisionsOnDay.GetValueOrDefault(day) > 0) return DateOnly.FromDayNumber(day);
                _decisionDays.Dequeue();
                _decisionsOnDay.Remove(day);
            }

            return null;
        }
    }

    public void Enqueue(CallEvent e, EventKey key)
    {
        int day = key.Day.DayNumber;
        if (!_byDay.TryGetValue(day, out PriorityQueue<CallEvent, EventKey>? events))
        {
            events = new PriorityQueue<CallEvent, EventKey>();
            _byDay.Add(day, events);
            _days.Enqueue(day, day);
        }

        events.Enqueue(e, key);
        if (key.Phase != DayPhase.Justification)
        {
            int before = _decisionsOnDay.GetValueOrDefault(day);
            if (before == 0) _decisionDays.Enqueue(day, day);
            _decisionsOnDay[day] = before + 1;
        }
    }

    public bool TryPeek([NotNullWhen(true)] out CallEvent? e, out EventKey key)
    {
        while (_days.TryPeek(out int day, out _))
        {
            if (_byDay[day].TryPeek(out e, out key)) return true;
            _days.Dequeue();
            _byDay.Remove(day);
        }

        e = null;
        key = default;
        return false;
    }

    public bool TryDequeue([NotNullWhen(true)] out CallEvent? e, out EventKey key)
    {
        if (!TryPeek(out e, out key)) return false;
        _byDay[key.Day.DayNumber].Dequeue();
        if (key.Phase != DayPhase.Justification) _decisionsOnDay[key.Day.DayNumber]--;
        return true;
    }
}
