using Soc.Simulation.Model.Budget;
using Soc.Simulation.Model.Employers;

namespace Soc.Simulation.Model.GrantCall;

/// <summary>
/// What a call of a portfolio asks outside itself before granting (I4, I5): the other calls' aid to its employers,
/// and the budget lines of its fiscal year. A call alone has none: its own budget and employer books decide.
/// </summary>
public sealed record CallAuthorities(string CallId, IOtherAid OtherAid, FiscalYearLines Lines);
