using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.GrantCall;

/// <summary>
/// The order of events inside one day, written once here: budget changes open the day, then
/// registrations in registry order (A12), then early ends and renunciations (freeing money, F8),
/// then justifications (payments and refunds, F7).
/// </summary>
internal enum DayPhase
{
    BudgetChange = 0,
    Registration = 1,
    Freeing = 2,
    Justification = 3,
}

/// <summary>
/// When an event happens: its day, its phase, then registry time and application id; <see cref="Sequence"/>
/// keeps the order of events that would otherwise tie (two budget changes on one day, say) as scheduled.
/// </summary>
internal readonly record struct EventKey(DateOnly Day, DayPhase Phase, long Ticks, string Id, long Sequence)
    : IComparable<EventKey>
{
    public int CompareTo(EventKey other)
    {
        int c = Day.CompareTo(other.Day);
        // As integers: an enum's own CompareTo takes an object and boxes both on every comparison of the event queue.
        if (c == 0) c = ((int)Phase).CompareTo((int)other.Phase);
        if (c == 0) c = Ticks.CompareTo(other.Ticks);
        if (c == 0) c = string.CompareOrdinal(Id, other.Id);
        return c != 0 ? c : Sequence.CompareTo(other.Sequence);
    }
}

internal abstract record CallEvent;

internal sealed record BudgetChangeEvent(BudgetChange Change) : CallEvent;

/// <summary>The day after a participant quota's reservation ends (B7, I6).</summary>
internal sealed record QuotaEndEvent(ParticipantQuota Quota) : CallEvent;

internal sealed record RegistrationEvent(ApplicationCase Case) : CallEvent;

internal sealed record EarlyEndEvent(ApplicationCase Case, DateOnly EndedOn) : CallEvent;

internal sealed record RenunciationEvent(ApplicationCase Case, DateOnly RenouncedOn) : CallEvent;

internal sealed record JustificationEvent(ApplicationCase Case, int Version) : CallEvent;
