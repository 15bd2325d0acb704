using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.GrantCall;

/// <summary>
/// Whether a hire and its filing qualify (F1, F2). Returns the refusal reason, which starts with the rule
/// id, or null when eligible. The per-employer limits (F5) are judged by <see cref="Employers"/>' ledger.
/// </summary>
public static class Eligibility
{
    public static string? Refusal(Application a, CallParameters call)
    {
        if (a.ContractStart < call.HiringStart || a.ContractStart > call.HiringEnd)
        {
            return $"A1 contract start {a.ContractStart:yyyy-MM-dd} outside the hiring window {call.HiringStart:yyyy-MM-dd}..{call.HiringEnd:yyyy-MM-dd}";
        }

        if (!a.Unemployed)
        {
            return "A2 participant not unemployed";
        }

        int age = AgeOn(a.BirthDate, a.ContractStart);
        if (age < call.MinimumAge)
        {
            return $"A2 participant aged {age} on contract start, under {call.MinimumAge}";
        }

        if (!call.EligibleEmployerTypes.Contains(a.EmployerType))
        {
            return $"A3 employer type {a.EmployerType} not eligible";
        }

        if (a.ContractMonths is int months && months < call.MinimumContractMonths)
        {
            return $"B3 contract of {months} months, under {call.MinimumContractMonths}";
        }

        decimal fraction = WorkingTime.Fraction(a.WeeklyHours, call.FullTimeWeeklyHours);
        if (fraction < call.MinimumWorkingTimeFraction)
        {
            return $"B3 working time fraction {fraction:0.###}, under {call.MinimumWorkingTimeFraction:0.###}";
        }

        return FilingRefusal(a, call);
    }

    /// <summary>F2: not before the filing start, within the window after the contract start, not after the filing end.</summary>
    private static string? FilingRefusal(Application a, CallParameters call)
    {
        DateOnly filed = a.RegisteredOn;
        DateOnly windowEnd = a.ContractStart.AddMonths(call.FilingWindowMonths);
        if (filed < call.FilingStart)
        {
            return $"A11 filed {filed:yyyy-MM-dd}, before the filing start {call.FilingStart:yyyy-MM-dd}";
        }

        if (filed > windowEnd)
        {
            return $"A11 filed {filed:yyyy-MM-dd}, after contract start + {call.FilingWindowMonths} months ({windowEnd:yyyy-MM-dd})";
        }

        if (filed > call.FilingEnd)
        {
            return $"A11 filed {filed:yyyy-MM-dd}, after the filing end {call.FilingEnd:yyyy-MM-dd}";
        }

        return null;
    }

    /// <summary>Age in whole years on a date; a birthday on that date counts (A2).</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly on)
    {
        int age = on.Year - birthDate.Year;
        return birthDate.AddYears(age) > on ? age - 1 : age;
    }
}
