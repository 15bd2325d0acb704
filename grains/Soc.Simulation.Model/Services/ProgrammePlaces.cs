using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Model.Services;

/// <summary>
/// Places left in each programme at one service point. A programme's capacity is its budget over its cost
/// per participant (D), shared among the districts by their share of arrivals, so each cohort grain
/// decides alone and the result does not depend on which silo runs it.
/// </summary>
public sealed class ProgrammePlaces
{
    private readonly int[] _left;

    public ProgrammePlaces(IReadOnlyList<ServiceProgramme> programmes, decimal districtShare)
    {
        _left = [.. programmes.Select(p => p.CostPerParticipantEur <= 0 ? 0 : (int)Math.Floor(p.BudgetEur / p.CostPerParticipantEur * districtShare))];
        Capacity = [.. _left];
    }

    public IReadOnlyList<int> Capacity { get; }

    public bool TryTake(int programme)
    {
        if (_left[programme] <= 0) return false;
        _left[programme]--;
        return true;
    }

    public int Used(int programme) => Capacity[programme] - _left[programme];
}
