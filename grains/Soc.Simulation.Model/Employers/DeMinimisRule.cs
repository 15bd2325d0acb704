using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.Employers;

/// <summary>Which earlier aid still counts towards the de minimis cap on a given day (A6, B9, I5).</summary>
public static class DeMinimisRule
{
    /// <summary>
    /// Whether aid granted on <paramref name="grantedOn"/> counts for a new grant on <paramref name="day"/>: in the
    /// same fiscal year or the two before (A6), or in the three years up to the day (B9: a grant exactly three years
    /// before no longer counts).
    /// </summary>
    public static bool Counts(DateOnly grantedOn, DateOnly day, DeMinimisWindow window) =>
        grantedOn <= day && window switch
        {
            DeMinimisWindow.FiscalYears => grantedOn.Year >= day.Year - 2,
            DeMinimisWindow.RollingYears => grantedOn > day.AddYears(-3),
            _ => throw new ArgumentOutOfRangeException(nameof(window), window, "unknown de minimis window"),
        };
}
