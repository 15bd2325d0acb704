using System.Globalization;
using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.Employers;

/// <summary>
/// One employer's limits in a call (F5): at most <see cref="CallParameters.MaxParticipantsPerEmployer"/>
/// subsidised participants (B4), and prior de minimis aid plus this call's grants never above the cap (A6;
/// 100,000 € for road transport). A grant that would break either is refused whole. A renounced grant no
/// longer counts; a grant cut short by an early end counts for what is due.
/// </summary>
public sealed class EmployerLedger(string employerId, decimal priorDeMinimisEur, decimal capEur, int maxParticipants)
{
    private Dictionary<string, decimal> _grants = new(StringComparer.Ordinal);

    // The sum of _grants, kept as they change: the call asks an employer for it before every grant.
    private decimal _grantedInCall;

    public string EmployerId { get; } = employerId;

    public decimal PriorDeMinimisEur { get; } = priorDeMinimisEur;

    public decimal CapEur { get; } = capEur;

    public int MaxParticipants { get; } = maxParticipants;

    public decimal GrantedInCallEur => _grantedInCall;

    public int SubsidisedParticipants => _grants.Count;

    public static EmployerLedger For(Application a, CallParameters call) =>
        new(a.EmployerId, a.PriorDeMinimisEur,
            a.RoadTransport ? call.DeMinimisRoadTransportCapEur : call.DeMinimisCapEur,
            call.MaxParticipantsPerEmployer);

    /// <summary>
    /// The refusal reason (B4 or A6) if a new grant of <paramref name="amount"/> would break a limit, counting
    /// <paramref name="otherAidEur"/> from the portfolio's other calls (I5). The call's own grants always count: a call
    /// lasts less than either window.
    /// </summary>
    public string? Refusal(decimal amount, decimal otherAidEur = 0m)
    {
        if (SubsidisedParticipants >= MaxParticipants)
        {
            return $"B4 employer already has {SubsidisedParticipants} subsidised participants (max {MaxParticipants})";
        }

        decimal total = PriorDeMinimisEur + otherAidEur + GrantedInCallEur + amount;
        if (total > CapEur)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"A6 de minimis total would be {total:0.00} EUR, above the {CapEur:0.00} EUR cap");
        }

        return null;
    }

    /// <summary>Records a grant, or changes what an existing one counts for; zero removes it.</summary>
    public void Set(string applicationId, decimal grantEur)
    {
        _grantedInCall -= _grants.GetValueOrDefault(applicationId);
        _grantedInCall += grantEur;
        if (grantEur == 0)
        {
            _grants.Remove(applicationId);
        }
        else
        {
            _grants[applicationId] = grantEur;
        }

        if (SubsidisedParticipants > MaxParticipants || PriorDeMinimisEur + GrantedInCallEur > CapEur)
        {
            throw new InvalidOperationException($"employer {EmployerId} is above its limits after grant {applicationId}");
        }
    }

    /// <summary>A copy with the same grants, for a forked call (<c>GrantCallEngine.Fork</c>).</summary>
    public EmployerLedger Copy()
    {
        // The dictionary's own copy takes its entries as they are, without hashing them again.
        return new EmployerLedger(EmployerId, PriorDeMinimisEur, CapEur, MaxParticipants)
        {
            _grantedInCall = _grantedInCall,
            _grants = new Dictionary<string, decimal>(_grants, StringComparer.Ordinal),
        };
    }
}
