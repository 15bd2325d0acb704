using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.GrantCall;

/// <summary>The engine's file on one application: its decision so far and the money that moved for it.</summary>
internal sealed class ApplicationCase(Application application, string line, decimal requestedEur, SubsidisedPeriod period)
{
    public Application Application { get; } = application;

    public string Id => Application.ApplicationId;

    /// <summary>The budget line the grant is charged to (F6).</summary>
    public string Line { get; } = line;

    public decimal RequestedEur { get; } = requestedEur;

    public SubsidisedPeriod Period { get; } = period;

    public DecisionKind Decision { get; set; } = DecisionKind.RefusedBudget;

    public string Reason { get; set; } = "";

    public DateOnly DecidedOn { get; set; }

    public bool Waiting { get; set; }

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
}
