using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Randomness;
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Model.Employers;

/// <summary>One pre-selected contracting entity of the simulated population (A3).</summary>
public sealed record SimulatedEmployer(string Id, EmployerType Type, bool RoadTransport, decimal PriorDeMinimisEur);

/// <summary>
/// The employers that hire participants, made from the scenario and the replicate's own stream, so every
/// cohort grain rebuilds the same pool without asking anyone. A hire goes to an employer drawn uniformly,
/// so the mix of types follows the counts.
/// </summary>
public sealed class EmployerPool
{
    private readonly SimulatedEmployer[] _employers;

    public EmployerPool(EmployerPopulation population, ulong seed, int replicate)
    {
        var rng = RandomStream.For(seed, replicate, "employers", "pool");
        var list = new List<SimulatedEmployer>();
        foreach ((string typeName, int count) in population.CountByType.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            EmployerTypeNames.TryParse(typeName, out EmployerType type);
            for (int i = 0; i < count; i++)
            {
                bool road = type == EmployerType.Company && rng.Chance((double)population.RoadTransportShare);
                decimal prior = rng.Chance((double)population.PriorDeMinimisShare)
                    ? Money.Cents((decimal)(-Math.Log(1 - rng.NextDouble()) * (double)population.PriorDeMinimisMeanEur))
                    : 0m;
                list.Add(new SimulatedEmployer($"{typeName}-{i + 1:00000}", type, road, prior));
            }
        }

        _employers = [.. list];
    }

    public int Count => _employers.Length;

    public SimulatedEmployer Draw(RandomStream rng) => _employers[rng.Next(0, _employers.Length)];
}
