namespace Soc.Simulation.Model.GrantCall;

/// <summary>The working time fraction of a contract (B3): weekly hours over a full-time week, at most 1.</summary>
public static class WorkingTime
{
    public static decimal Fraction(decimal weeklyHours, decimal fullTimeWeeklyHours) =>
        Math.Min(1m, weeklyHours / fullTimeWeeklyHours);
}
