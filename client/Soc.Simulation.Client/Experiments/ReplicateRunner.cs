using Soc.Simulation.Client.Hosting;
using Soc.Simulation.Scenarios;
using Soc.Simulation.Simulation;

namespace Soc.Simulation.Client.Experiments;

/// <summary>
/// The one place that chooses where replicates run: on one embedded silo (the default), or with the Model
/// alone (<c>--backend direct</c>). Commands that evaluate many scenarios keep one runner for all of them.
/// </summary>
public sealed class ReplicateRunner : IAsyncDisposable
{
    private readonly EmbeddedSilo? _silo;

    private ReplicateRunner(EmbeddedSilo? silo) => _silo = silo;

    public static async Task<ReplicateRunner> StartAsync(string backend) => backend switch
    {
        "orleans" => new ReplicateRunner(await EmbeddedSilo.StartAsync()),
        "direct" => new ReplicateRunner(null),
        _ => throw new InputException($"--backend: expected orleans or direct, got '{backend}'"),
    };

    public Task<ReplicateResult[]> RunAsync(Scenario scenario, ulong seed, int replicates, Progress progress) =>
        _silo is null
            ? MonteCarloRunner.DirectAsync(scenario, seed, replicates, progress)
            : MonteCarloRunner.OnClusterAsync(_silo.Grains, scenario, seed, replicates, progress);

    public async ValueTask DisposeAsync()
    {
        if (_silo is not null) await _silo.DisposeAsync();
    }
}
