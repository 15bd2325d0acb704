using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Model.Services;

/// <summary>
/// A programme a step of the pathway offers, with everything an arrival's pathway reads of it, so that the 28,400
/// arrivals of a Barcelona replicate read plain fields instead of the scenario's records through interfaces.
/// </summary>
public readonly record struct PathwayChoice(int Programme, int MinAge, int MaxAge, bool AddedDifficultiesOnly, double Uptake, bool Guidance, int DurationMonths)
{
    public static PathwayChoice Of(IReadOnlyList<ServiceProgramme> programmes, int programme)
    {
        ServiceProgramme spec = programmes[programme];
        return new(programme, spec.Eligibility.MinAge, spec.Eligibility.MaxAge, spec.Eligibility.AddedDifficultiesOnly, (double)spec.Uptake,
            spec.Area == ServiceArea.Guidance, spec.DurationMonths);
    }

    /// <summary>Whether a person of this age and long-term unemployment may take it (added difficulties: long-term unemployed or 45+).</summary>
    public bool Admits(int age, bool longTermUnemployed) =>
        age >= MinAge && age <= MaxAge && (!AddedDifficultiesOnly || longTermUnemployed || age >= 45);
}
