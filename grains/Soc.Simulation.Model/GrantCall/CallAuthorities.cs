using Soc.Simulation.Model.Budget;
using Soc.Simulation.Model.Employers;

namespace Soc.Simulation.Model.GrantCall;

/// <summary>
/// What a call of a portfolio asks outside itself before granting (I4, I5, I2): the other calls' aid to its employers,
/// the budget lines of its fiscal year, and the places of the promoters of the year it lists (by promoter id; a promoter
/// not given has its book in the call). A call alone has none: its own budget, employer and promoter books decide.
/// </summary>
public sealed record CallAuthorities(string CallId, IOtherAid OtherAid, FiscalYearLines Lines, IReadOnlyDictionary<string, Promoters.IPromoterBook>? Promoters = null);
