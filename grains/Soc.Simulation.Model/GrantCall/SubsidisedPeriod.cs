using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.GrantCall;

/// <summary>
/// The span of days a grant pays for (A9, A14, F3): from the contract start, for at most
/// <see cref="CallParameters.MaxSubsidisedMonths"/> months, clipped at the end of execution. Both ends inclusive.
/// </summary>
public readonly record struct SubsidisedPeriod(DateOnly Start, DateOnly End)
{
    public static SubsidisedPeriod For(Application application, CallParameters call)
    {
        int months = Math.Min(application.ContractMonths ?? call.MaxSubsidisedMonths, call.MaxSubsidisedMonths);
        DateOnly end = application.ContractStart.AddMonths(months).AddDays(-1);
        return new SubsidisedPeriod(application.ContractStart, end > call.ExecutionEnd ? call.ExecutionEnd : end);
    }

    /// <summary>The same period cut short by a contract that ended on <paramref name="lastDay"/> (F8).</summary>
    public SubsidisedPeriod EndingOn(DateOnly lastDay) => lastDay < End ? this with { End = lastDay } : this;

    /// <summary>
    /// Whole months from the start, then the remaining days. Month k ends the day before the start's
    /// k-th monthly anniversary (15 Jan → 14 Feb is one month).
    /// </summary>
    public (int WholeMonths, int RemainingDays) WholeMonthsAndDays()
    {
        int months = 0;
        while (Start.AddMonths(months + 1).AddDays(-1) <= End)
        {
            months++;
        }

        int days = End.DayNumber - Start.AddMonths(months).DayNumber + 1;
        return (months, days);
    }
}
