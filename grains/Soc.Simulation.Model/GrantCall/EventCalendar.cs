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
    private readonly Dictionary<int, DayEvents> _byDay;

    // The days that had events other than justifications when queued (a day whose count has fallen to 0 is dropped when
    // peeked): see NextDecisionDay.
    private readonly PriorityQueue<int, int> _decisionDays;

    /// <summary>One day's events, and how many of them are not justifications.</summary>
    private sealed class DayEvents(PriorityQueue<CallEvent, EventKey> events)
    {
        public PriorityQueue<CallEvent, EventKey> Events { get; } = events;

        public int Decisions { get; set; }
    }

    public EventCalendar()
    {
        _days = new PriorityQueue<int, int>();
        _byDay = [];
        _decisionDays = new PriorityQueue<int, int>();
    }

    /// <summary>A copy whose events are <paramref name="map"/> of these (a forked engine's own cases).</summary>
    public EventCalendar(EventCalendar from, Func<CallEvent, CallEvent> map)
    {
        _days = new PriorityQueue<int, int>(from._days.UnorderedItems);
        _byDay = new Dictionary<int, DayEvents>(from._byDay.Count);
        foreach ((int day, DayEvents events) in from._byDay)
        {
            // Every key is distinct (the sequence breaks ties), so the copy dequeues in the same order whatever its heap's layout.
            _byDay.Add(day, new DayEvents(new PriorityQueue<CallEvent, EventKey>(events.Events.UnorderedItems.Select(e => (map(e.Element), e.Priority))))
            {
                Decisions = events.Decisions,
            });
        }

        _decisionDays = new PriorityQueue<int, int>(from._decisionDays.UnorderedItems);
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
                if (_byDay.TryGetValue(day, out DayEvents? events) && events.Decisions > 0) return DateOnly.FromDayNumber(day);
                _decisionDays.Dequeue();
            }

            return null;
        }
    }

    public void Enqueue(CallEvent e, EventKey key)
    {
        int day = key.Day.DayNumber;
        if (!_byDay.TryGetValue(day, out DayEvents? events))
        {
            events = new DayEvents(new PriorityQueue<CallEvent, EventKey>());
            _byDay.Add(day, events);
            _days.Enqueue(day, day);
        }

        events.Events.Enqueue(e, key);
        if (key.Phase != DayPhase.Justification && events.Decisions++ == 0) _decisionDays.Enqueue(day, day);
    }

    public bool TryPeek([NotNullWhen(true)] out CallEvent? e, out EventKey key)
    {
        while (_days.TryPeek(out int day, out _))
        {
            if (_byDay[day].Events.TryPeek(out e, out key)) return true;
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
        DayEvents events = _byDay[key.Day.DayNumber];
        events.Events.Dequeue();
        if (key.Phase != DayPhase.Justification) events.Decisions--;
        return true;
    }
}
