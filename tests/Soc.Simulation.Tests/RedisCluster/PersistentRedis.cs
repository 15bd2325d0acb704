using System.Diagnostics;
using Garnet;
using Soc.Simulation.Tests.TestSupport;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>
/// A Redis of one test's own, which it stops and starts again on the same port, keeping the data on disk as a
/// deployment would: redis-server from PATH with an append-only file in a temp dir, else an in-process Garnet with
/// its AOF and checkpoints there. Never the shared SOCSIM_TEST_REDIS, which other tests are using.
/// </summary>
public sealed class PersistentRedis : IRedis, IAsyncDisposable
{
    private readonly string _dir = TestPaths.TempDir();
    private readonly string? _redisServer = Executables.OnPath("redis-server");
    private readonly int _port = RedisServer.FreePort();
    private Process? _process;
    private GarnetServer? _garnet;

    private PersistentRedis()
    {
    }

    public string Endpoint => $"127.0.0.1:{_port}";

    public string Description => _redisServer is null
        ? $"in-process Garnet on {Endpoint}, AOF in {_dir} (no redis-server on PATH)"
        : $"{_redisServer} on {Endpoint}, append-only file in {_dir}";

    public static async Task<PersistentRedis> StartAsync()
    {
        var redis = new PersistentRedis();
        await redis.StartAgainAsync();
        return redis;
    }

    public async Task StartAgainAsync()
    {
        if (_redisServer is not null)
        {
            _process = Process.Start(new ProcessStartInfo(_redisServer,
                ["--port", $"{_port}", "--bind", "127.0.0.1", "--dir", _dir, "--appendonly", "yes", "--save", ""])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            });
        }
        else
        {
            // .NET's own file device: Garnet looks for its native one under runtimes/, which this linux-x64 build flattens.
            _garnet = new GarnetServer(["--port", $"{_port}", "--bind", "127.0.0.1", "--lua", "true",
                "--aof", "--recover", "--checkpointdir", _dir, "--device-type", "RandomAccess"]);
            _garnet.Start();
        }

        await RedisServer.AnswersAsync(Endpoint, Description);
    }

    /// <summary>A clean stop (SIGTERM: redis-server writes its append-only file out), as when an operator restarts it.</summary>
    public async Task StopAsync()
    {
        if (_process is not null)
        {
            Signals.Terminate(_process);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            _process.Dispose();
            _process = null;
        }

        _garnet?.Dispose();
        _garnet = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    public override string ToString() => Description;
}
