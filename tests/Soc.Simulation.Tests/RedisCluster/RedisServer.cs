using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Soc.Simulation.Hosting;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>
/// The Redis the cluster tests use: the one .ci/run starts (SOCSIM_TEST_REDIS=host:port), or else a
/// redis-server of this test run's own on a free loopback port, with nothing saved to disk.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    public const string Variable = "SOCSIM_TEST_REDIS";

    private Process? _own;

    /// <summary>"host:port", for --redis and redis://.</summary>
    public string Endpoint { get; private set; } = "";

    public async Task InitializeAsync()
    {
        string? given = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            Endpoint = given.Trim();
        }
        else
        {
            int port = FreePort();
            Endpoint = $"127.0.0.1:{port}";
            try
            {
                _own = Process.Start(new ProcessStartInfo("redis-server", ["--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
                {
                    RedirectStandardOutput = true,
                    UseShellExecute = false,
                });
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException($"redis-server is not installed (apt-get install redis-server), and {Variable} is not set: the cluster tests need a Redis", e);
            }
        }

        for (var clock = Stopwatch.StartNew(); ; await Task.Delay(100))
        {
            try
            {
                await RedisConnection.EnsureReachableAsync(Endpoint, Variable);
                return;
            }
            catch (SetupException) when (clock.Elapsed < TimeSpan.FromSeconds(20))
            {
            }
        }
    }

    public Task DisposeAsync()
    {
        if (_own is { HasExited: false }) _own.Kill();
        _own?.Dispose();
        return Task.CompletedTask;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "redis";
}
