using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Model.Simulation;

/// <summary>
/// The behaviour's shares and rates as the cohorts read them for every arrival and every hire (a Barcelona replicate has
/// 28,400 arrivals and 13,700 hires), converted from the scenario's decimals once per replicate. Each is exactly the
/// double the step used to convert at every use, so the numbers drawn against them are the same.
/// </summary>
public sealed class PersonRates
{
    public PersonRates(Population population, Behaviour behaviour, Func<int?, double> takeUp, IReadOnlyList<int> temporaryMonths)
    {
        LongTermUnemployedShare = (double)population.LongTermUnemployedShare;
        LongTermUnemployedMultiplier = (double)behaviour.LongTermUnemployedMultiplier;
        InServiceMultiplier = (double)behaviour.InServiceMultiplier;
        PermanentShare = (double)behaviour.PermanentShare;
        FullTimeShare = (double)behaviour.FullTimeShare;
        LateFilingShare = (double)behaviour.LateFilingShare;
        RenunciationShare = (double)behaviour.RenunciationShare;
        MonthlyEarlyEndHazard = (double)behaviour.MonthlyEarlyEndHazard;
        TakeUpPermanent = takeUp(null);
        TakeUpTemporary = [.. temporaryMonths.Select(m => takeUp(m))];
    }

    public double LongTermUnemployedShare { get; }
    public double LongTermUnemployedMultiplier { get; }
    public double InServiceMultiplier { get; }
    public double PermanentShare { get; }
    public double FullTimeShare { get; }
    public double LateFilingShare { get; }
    public double RenunciationShare { get; }
    public double MonthlyEarlyEndHazard { get; }

    /// <summary>H3: the take-up of a permanent contract at the call's generosity.</summary>
    public double TakeUpPermanent { get; }

    /// <summary>H3: the take-up of each temporary length, in the order of the behaviour's temporaryContractMonths.</summary>
    public double[] TakeUpTemporary { get; }
}
