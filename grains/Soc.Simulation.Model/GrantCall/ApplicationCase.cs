using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.GrantCall;

/// <summary>The engine's file on one application: its decision so far and the money that moved for it.</summary>
internal sealed class ApplicationCase(Application application, string line, decimal requestedEur, SubsidisedPeriod period)
{
    /// <summary>The application as the register shows it (a fork learns later early ends and renunciations).</summary>
    public Application Application { get; set; } = application;

    public string Id => Application.ApplicationId;

    /// <summary>Its place in the engine's registration order, which a fork's copy keeps.</summary>
    public int Index { get; init; }

    /// <summary>The budget line the grant is charged to (F6).</summary>
    public string Line { get; } = line;

    public decimal RequestedEur { get; } = requestedEur;

    public SubsidisedPeriod Period { get; } = period;

    public DecisionKind Decision { get; set; } = DecisionKind.RefusedBudget;

    public string Reason { get; set; } = "";

    public DateOnly DecidedOn { get; set; }

    /// <summary>Its registration day has been processed.</summary>
    public bool Decided { get; set; }

    /// <summary>It passed the checks of its registration day (F1, F2, F5), so its early end and renunciation concern the call.</summary>
    public bool Eligible { get; set; }

    public bool Waiting { get; set; }

    /// <summary>Its place on the engine's waiting list while it waits, so leaving it takes constant time.</summary>
    public LinkedListNode<ApplicationCase>? WaitingNode { get; set; }

    /// <summary>Once refused for budget, a later grant is a reassignment (A7).</summary>
    public bool HasWaited { get; set; }

    public bool Granted => Decision is DecisionKind.Granted or DecisionKind.GrantedOnReassignment;

    public decimal GrantedEur { get; set; }

    /// <summary>What the grant still commits: the grant, less what an early end or a renunciation freed.</summary>
    public decimal CommittedEur { get; set; }

    public decimal PaidEur { get; set; }

    public decimal RefundedEur { get; set; }

    /// <summary>Set when the contract's early end has happened (F8).</summary>
    public DateOnly? EndedOn { get; set; }

    public bool Renounced { get; set; }

    /// <summary>The decision trail: set at the first refusal for budget, completed at a reassignment.</summary>
    public DecisionTrail? Trail { get; set; }

    /// <summary>Bumped when the justification is moved or cancelled, so a stale event is ignored.</summary>
    public int JustificationVersion { get; set; }

    /// <summary>A copy with the same state, off any waiting list (the copy's engine puts it on its own).</summary>
    public ApplicationCase Copy() => new(Application, Line, RequestedEur, Period)
    {
        Index = Index,
        Decided = Decided, Eligible = Eligible, Decision = Decision, Reason = Reason, DecidedOn = DecidedOn, Waiting = Waiting,
        HasWaited = HasWaited, GrantedEur = GrantedEur, CommittedEur = CommittedEur, PaidEur = PaidEur, RefundedEur = RefundedEur,
        EndedOn = EndedOn, Renounced = Renounced, JustificationVersion = JustificationVersion, Trail = Trail,
    };
}
