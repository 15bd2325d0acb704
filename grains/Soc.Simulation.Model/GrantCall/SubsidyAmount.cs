using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.GrantCall;

/// <summary>The amount of a grant (A9, A10, F3) and the amount due after an early end (F8).</summary>
public static class SubsidyAmount
{
    /// <summary>
    /// (whole months × monthly amount + remaining days × daily module) × working time fraction.
    /// The two products are whole cents already; the product by the fraction is rounded to cents.
    /// </summary>
    public static decimal ForPeriod(SubsidisedPeriod period, decimal fraction, CallParameters call)
    {
        (int months, int days) = period.WholeMonthsAndDays();
        decimal fullTime = Money.Cents(months * call.Monthly) + Money.Cents(days * call.Daily);
        return Money.Cents(fullTime * fraction);
    }

    /// <summary>The amount requested by an application: its whole subsidised period.</summary>
    public static decimal Requested(Application application, CallParameters call) =>
        ForPeriod(SubsidisedPeriod.For(application, call), Fraction(application, call), call);

    /// <summary>What is due for a contract that ended on <paramref name="endedOn"/>, never more than the grant.</summary>
    public static decimal DueAfterEarlyEnd(Application application, DateOnly endedOn, decimal grant, CallParameters call)
    {
        SubsidisedPeriod worked = SubsidisedPeriod.For(application, call).EndingOn(endedOn);
        return Math.Min(grant, ForPeriod(worked, Fraction(application, call), call));
    }

    private static decimal Fraction(Application application, CallParameters call) =>
        WorkingTime.Fraction(application.WeeklyHours, call.FullTimeWeeklyHours);
}
