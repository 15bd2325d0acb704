using Soc.Simulation.Abstractions.Employers;
using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.Employers;

/// <summary>
/// One employer's de minimis aid across the calls of a portfolio (I5): each grant with its day, counted for what
/// it is now worth (an early end lowers it, a renunciation removes it). The version moves with every record that raises
/// its aid, so a call that granted on an older reading can be told so; a lowering takes nothing from anyone's room.
/// </summary>
public sealed class EmployerAccount(string employerId)
{
    private readonly Dictionary<(string CallId, string ApplicationId), (DateOnly On, decimal Eur)> _grants = [];

    public string EmployerId { get; } = employerId;

    public int Version { get; private set; }

    /// <summary>The portfolio's aid that counts on <paramref name="day"/>, leaving out the grants of <paramref name="exceptCall"/>.</summary>
    public decimal InWindow(DateOnly day, DeMinimisWindow window, string? exceptCall = null)
    {
        decimal sum = 0m;
        foreach (KeyValuePair<(string CallId, string ApplicationId), (DateOnly On, decimal Eur)> g in _grants)
        {
            if (g.Key.CallId != exceptCall && DeMinimisRule.Counts(g.Value.On, day, window)) sum += g.Value.Eur;
        }

        return sum;
    }

    /// <summary>How many grants of <paramref name="callId"/> the employer holds now (B4 counts per call).</summary>
    public int GrantsIn(string callId) => _grants.Keys.Count(k => k.CallId == callId);

    /// <summary>
    /// Records a call's changes if, afterwards, the employer stays within that call's terms on <paramref name="day"/>:
    /// at most the participant limit in the call (B4), and declared prior aid plus the portfolio's aid that counts
    /// at most the cap (A6, B9). A change that only lowers a grant is always taken. Returns the refusal, or null.
    /// </summary>
    public string? TryRecord(string callId, EmployerTerms terms, DateOnly day, IReadOnlyList<EmployerGrantChange> changes)
    {
        // What each change replaced, to put back in reverse order if the record is refused.
        var replaced = new ((string, string) Key, bool Had, (DateOnly On, decimal Eur) Value)[changes.Count];
        bool raises = false;
        for (int i = 0; i < changes.Count; i++)
        {
            EmployerGrantChange change = changes[i];
            (string, string) key = (callId, change.ApplicationId);
            bool had = _grants.TryGetValue(key, out (DateOnly On, decimal Eur) old);
            replaced[i] = (key, had, old);
            raises |= change.GrantEur > old.Eur;
            if (change.GrantEur == 0) _grants.Remove(key);
            else _grants[key] = (change.GrantedOn, change.GrantEur);
        }

        string? refusal = !raises ? null
            : GrantsIn(callId) > terms.MaxParticipants ? $"B4 employer {EmployerId} would have {GrantsIn(callId)} subsidised participants in call {callId} (max {terms.MaxParticipants})"
            : terms.PriorDeMinimisEur + InWindow(day, terms.Window) > terms.CapEur
                ? FormattableString.Invariant($"A6 employer {EmployerId} would hold {terms.PriorDeMinimisEur + InWindow(day, terms.Window):0.00} EUR of de minimis aid, above the {terms.CapEur:0.00} EUR cap")
                : null;
        if (refusal is not null)
        {
            for (int i = replaced.Length - 1; i >= 0; i--)
            {
                if (replaced[i].Had) _grants[replaced[i].Key] = replaced[i].Value;
                else _grants.Remove(replaced[i].Key);
            }

            return refusal;
        }

        if (raises) Version++;
        return null;
    }

    /// <summary>Whether any of a call's changes would raise what a grant counts for (a new grant, or more than before).</summary>
    public bool Raises(string callId, IReadOnlyList<EmployerGrantChange> changes) =>
        changes.Any(c => c.GrantEur > _grants.GetValueOrDefault((callId, c.ApplicationId)).Eur);

    /// <summary>Every grant, by call and application id.</summary>
    public AidEntry[] Entries() =>
        [.. _grants.OrderBy(g => g.Key.CallId, StringComparer.Ordinal).ThenBy(g => g.Key.ApplicationId, StringComparer.Ordinal)
            .Select(g => new AidEntry(g.Key.CallId, g.Key.ApplicationId, g.Value.On, g.Value.Eur))];

    public EmployerAid ToAid() => new(EmployerId, Entries(), Version);

    public HeldAid Held() => new(EmployerId, Entries());

    /// <summary>An account holding what an authority answered.</summary>
    public static EmployerAccount From(EmployerAid aid)
    {
        var account = new EmployerAccount(aid.EmployerId) { Version = aid.Version };
        foreach (AidEntry e in aid.Entries) account._grants.Add((e.CallId, e.ApplicationId), (e.GrantedOn, e.AmountEur));
        return account;
    }
}
