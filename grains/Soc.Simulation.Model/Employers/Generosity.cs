using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Model.Employers;

/// <summary>
/// H3: how generous the grant is to an employer weighing a hire: g = the grant ÷ the labour cost of the contract it
/// commits to, relative to the 2023 call in the 2023 labour market. Take-up and the caused-hire effect scale with
/// (g ÷ g₂₀₂₃) to the power of their elasticities, so a more generous call is applied for more and causes more
/// hires, and fewer subsidised months are less attractive for the longer contracts.
/// </summary>
public sealed class Generosity
{
    /// <summary>The 2023 call (A9, B1): 1,166.67 € a month for at most 9 months.</summary>
    public const decimal ReferenceMonthlyAmountEur = 1166.67m;

    public const int ReferenceMaxSubsidisedMonths = 9;

    /// <summary>The 2022 minimum wage employers paid when the 2023 call was used: 14,000 € a year in 14 payments (B1).</summary>
    public const decimal ReferenceLabourCostAnnualMinimumWageEur = 14_000m;

    /// <summary>
    /// ASSUMPTION: a permanent contract is weighed over its first year. (H3 reads "labour cost over the subsidised
    /// period"; over that period alone, fewer subsidised months would change nothing per month, so the employer's
    /// commitment — the planned contract — is the denominator.)
    /// </summary>
    public const int PermanentContractMonths = 12;

    private readonly double _monthlyAmount;
    private readonly int _maxMonths;
    private readonly double _monthlyLabourCost;
    private readonly double _referenceMonthlyLabourCost;

    public Generosity(CallParameters call, Behaviour behaviour)
    {
        _monthlyAmount = (double)call.Monthly;
        _maxMonths = call.MaxSubsidisedMonths;
        double contributions = 1 + (double)behaviour.EmployerContributionsRate;
        // The annual minimum wage is paid in 14 payments: its monthly cost is the year's ÷ 12 (B1).
        _monthlyLabourCost = (double)behaviour.LabourCostAnnualMinimumWageEur / 12 * contributions;
        _referenceMonthlyLabourCost = (double)ReferenceLabourCostAnnualMinimumWageEur / 12 * contributions;
    }

    /// <summary>g of a full-time contract of this many planned months (null: permanent), ignoring the end of execution.</summary>
    public double Of(int? plannedMonths)
    {
        int months = plannedMonths ?? PermanentContractMonths;
        return months <= 0 ? 0 : _monthlyAmount * Math.Min(months, _maxMonths) / (_monthlyLabourCost * months);
    }

    /// <summary>g ÷ g of the same contract under the 2023 call in the 2023 labour market.</summary>
    public double Ratio(int? plannedMonths)
    {
        int months = plannedMonths ?? PermanentContractMonths;
        if (months <= 0) return 1;
        double reference = (double)ReferenceMonthlyAmountEur * Math.Min(months, ReferenceMaxSubsidisedMonths) / (_referenceMonthlyLabourCost * months);
        return Of(plannedMonths) / reference;
    }
}
