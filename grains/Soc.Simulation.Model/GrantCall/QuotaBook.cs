using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.GrantCall;

/// <summary>
/// The call's participant quotas (B7, I6): for each quota, what the grants to participants outside its group still
/// commit. While a quota's reservation holds, those grants may take no more than (1 − minShare) of the call's budget,
/// so the rest stays for the group. Grants to the group are limited by the budget alone.
/// </summary>
internal sealed class QuotaBook
{
    private readonly CallParameters _call;
    private readonly decimal[] _outsideEur;

    public QuotaBook(CallParameters call)
    {
        _call = call;
        _outsideEur = new decimal[call.Quotas.Count];
    }

    private QuotaBook(QuotaBook from)
    {
        _call = from._call;
        _outsideEur = (decimal[])from._outsideEur.Clone();
    }

    public QuotaBook Copy() => new(this);

    public static bool InGroup(Application a, QuotaGroup group) => group switch
    {
        // A participant the register does not mark is not counted as long-term unemployed (the quota cannot be shown met by them).
        QuotaGroup.LongTermUnemployed => a.LongTermUnemployed == true,
        QuotaGroup.FortyFiveOrOlder => Eligibility.AgeOn(a.BirthDate, a.ContractStart) >= 45,
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    /// <summary>
    /// The most a grant to this application may take on the day because of the quotas, and the quota that binds
    /// (null when none does: the application is in every group whose reservation still holds).
    /// </summary>
    public (decimal RoomEur, ParticipantQuota? Binding) Room(Application a, DateOnly day, decimal callBudgetEur)
    {
        decimal room = decimal.MaxValue;
        ParticipantQuota? binding = null;
        for (int i = 0; i < _outsideEur.Length; i++)
        {
            ParticipantQuota q = _call.Quotas[i];
            if (day > _call.ReservedUntil(q) || InGroup(a, q.Group)) continue;
            decimal open = Math.Max(0m, Money.CentsDown(callBudgetEur * (1 - q.MinShare)) - _outsideEur[i]);
            if (open < room)
            {
                room = open;
                binding = q;
            }
        }

        return (room, binding);
    }

    /// <summary>A grant's commitment moved by <paramref name="deltaEur"/> (a grant, or what an early end or a renunciation freed).</summary>
    public void Move(Application a, decimal deltaEur)
    {
        for (int i = 0; i < _outsideEur.Length; i++)
        {
            if (!InGroup(a, _call.Quotas[i].Group)) _outsideEur[i] += deltaEur;
        }
    }
}
