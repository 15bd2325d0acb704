using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model.Register;

namespace Soc.Simulation.Model.Replicates;

/// <summary>
/// A replicate's grant call. It is alone (no other call charges its lines or grants to its employers) and has one
/// caller, the replicate's clock, so it lives with the clock as plain objects, wherever the replicate runs; a call that
/// shares lines and employers with others, in a portfolio, is a grain that settles with theirs.
/// </summary>
public sealed class ReplicateCall(CallParameters call)
{
    private readonly GrantCallEngine _engine = new(call);

    /// <summary>The month's applications in registry order, then the call decides and pays through <paramref name="through"/>.</summary>
    public CallStatus RegisterAndAdvance(Application[] applications, DateOnly through)
    {
        _engine.Register(applications);
        _engine.AdvanceThrough(through);
        return _engine.Status;
    }

    /// <summary>Runs the call to its last payment: its figures, its decisions in registry order and its line books by month.</summary>
    public CallResult Finish()
    {
        _engine.RunToEnd();
        return DirectReplay.Result("call", _engine, call);
    }
}
