using System.Diagnostics;
using Soc.Simulation.Hosting;
using Soc.Simulation.Tests.Cli;
using StackExchange.Redis;
using Soc.Simulation.Abstractions.Experiments;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>When to kill a silo: once the experiment has this many replicates done; the silo holding it, or another.</summary>
internal sealed record SiloKill(int AtDone, bool HoldingTheExperiment);

/// <summary>
/// What a kill cost: replicates done when it came; kill → membership marked the silo dead (its row in Redis); kill →
/// the experiment, answering from a live silo, had stored one more replicate.
/// </summary>
internal sealed record KillMeasure(int DoneAtKill, int Port, TimeSpan DeclaredDead, TimeSpan Progressing)
{
    public override string ToString() =>
        $"silo :{Port} killed at {DoneAtKill} done: declared dead after {DeclaredDead.TotalSeconds:0.0} s, progressing again after {Progressing.TotalSeconds:0.0} s";
}

internal sealed record KilledRun(int Exit, string Stderr, TimeSpan Wall, IReadOnlyList<KillMeasure> Kills);

/// <summary>
/// Runs <c>socsim run … --cluster</c> through SocSim.MainAsync, as a user would, and SIGKILLs silos on the way, while a
/// second client follows the experiment and Redis' membership table tells when each kill was noticed.
/// </summary>
internal sealed class KillDuringRun(string address, Action<int> killSiloOnPort)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly ClusterAddress _cluster = ClusterAddress.Parse(address);

    public async Task<KilledRun> RunAsync(string[] run, string outDir, params SiloKill[] kills)
    {
        var wall = Stopwatch.StartNew();
        RunningSocSim socsim = SocSimRunner.Start([.. run, "--out", outDir, "--cluster", address]);
        string id = await socsim.ExperimentId.WaitAsync(Patience);
        await using ClusterConnection client = await ClusterConnection.ConnectAsync(_cluster);
        IExperimentGrain experiment = client.Grains.GetGrain<IExperimentGrain>(id);
        await using ConnectionMultiplexer redis = await ConnectionMultiplexer.ConnectAsync(_cluster.Redis);
        Task<(int Port, SiloStatus Status)[]> MembersAsync() => RedisTables.MembersAsync(redis.GetDatabase(), _cluster.ServiceId, _cluster.ClusterId);
        var measured = new List<KillMeasure>();
        foreach (SiloKill kill in kills)
        {
            ExperimentStatus status = await UntilAsync(experiment, s => s.Done >= kill.AtDone);
            int holder = Port(status.Silo);
            int victim = kill.HoldingTheExperiment ? holder : (await MembersAsync()).First(m => m.Status == SiloStatus.Active && m.Port != holder).Port;
            killSiloOnPort(victim);
            var since = Stopwatch.StartNew();
            Task<TimeSpan> dead = Task.Run(async () =>
            {
                while (!(await MembersAsync()).Any(m => m.Port == victim && m.Status == SiloStatus.Dead)) await Task.Delay(50);
                return since.Elapsed;
            }).WaitAsync(Patience);
            await UntilAsync(experiment, s => s.Done > status.Done && Port(s.Silo) != victim);
            TimeSpan progressing = since.Elapsed;
            // The next kill waits for this one to be declared: two silos lost at once leave too few to vote.
            measured.Add(new KillMeasure(status.Done, victim, await dead, progressing));
        }

        var (exit, _, stderr) = await socsim.Finished.WaitAsync(Patience);
        return new KilledRun(exit, stderr, wall.Elapsed, measured);
    }

    /// <summary>Polls the experiment until <paramref name="done"/>; a call to a silo just killed is given up after a second and asked again.</summary>
    private static async Task<ExperimentStatus> UntilAsync(IExperimentGrain experiment, Func<ExperimentStatus, bool> done)
    {
        for (var clock = Stopwatch.StartNew(); ; await Task.Delay(50))
        {
            try
            {
                ExperimentStatus status = await experiment.GetStatusAsync().WaitAsync(TimeSpan.FromSeconds(1));
                if (done(status)) return status;
                if (status.State != ExperimentState.Running) throw new Xunit.Sdk.XunitException($"the experiment ended before the kill: {status}");
            }
            // A directory lookup on the way to a silo just killed may also be cancelled: the same "ask again".
            catch (Exception e) when (e is OrleansException or TimeoutException or OperationCanceledException && clock.Elapsed < Patience)
            {
            }
        }
    }

    private static int Port(string endpoint) => int.Parse(endpoint[(endpoint.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}
