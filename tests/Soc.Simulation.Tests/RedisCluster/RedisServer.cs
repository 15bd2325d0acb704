using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Garnet;
using Soc.Simulation.Hosting;
using Soc.Simulation.Tests.TestSupport;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>Where the cluster tests' Redis comes from.</summary>
public enum RedisKind
{
    /// <summary>A running Redis named by SOCSIM_TEST_REDIS=host:port (.ci/run starts one).</summary>
    Given,

    /// <summary>A redis-server from PATH, started by the tests.</summary>
    RedisServer,

    /// <summary>Microsoft.Garnet inside the test process: a machine with only the .NET SDK.</summary>
    Garnet,
}

/// <summary>A Redis the cluster tests' silos and clients connect to.</summary>
public interface IRedis
{
    /// <summary>"host:port", for --redis and redis://.</summary>
    string Endpoint { get; }

    /// <summary>One line saying which server this is, for the test output and assertion messages.</summary>
    string Description { get; }
}

/// <summary>
/// The Redis the cluster tests share, chosen here and nowhere else: the one SOCSIM_TEST_REDIS names, else a
/// redis-server from PATH, else an in-process Garnet server (the same protocol; it serves Orleans' Redis clustering
/// and grain storage). The last two listen on a free loopback port and keep nothing on disk; the silo processes
/// connect to any of them alike. Which one it is goes to the test output (an xUnit diagnostic message) and into
/// failure messages through <see cref="Description"/>.
/// </summary>
public sealed class RedisServer(IMessageSink diagnostics) : IAsyncLifetime, IRedis
{
    public const string Variable = "SOCSIM_TEST_REDIS";

    private Process? _process;
    private GarnetServer? _garnet;

    public string Endpoint { get; private set; } = "";

    public RedisKind Kind { get; private set; }

    public string Description { get; private set; } = "";

    public async Task InitializeAsync()
    {
        string? given = Environment.GetEnvironmentVariable(Variable);
        string? redisServer = Executables.OnPath("redis-server");
        if (!string.IsNullOrWhiteSpace(given))
        {
            (Kind, Endpoint) = (RedisKind.Given, given.Trim());
            Description = $"Redis at {Endpoint} ({Variable})";
        }
        else if (redisServer is not null)
        {
            int port = FreePort();
            (Kind, Endpoint) = (RedisKind.RedisServer, $"127.0.0.1:{port}");
            Description = $"{redisServer} on {Endpoint}, started by the tests ({Variable} not set)";
            _process = Process.Start(new ProcessStartInfo(redisServer, ["--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            });
        }
        else
        {
            int port = FreePort();
            (Kind, Endpoint) = (RedisKind.Garnet, $"127.0.0.1:{port}");
            string version = typeof(GarnetServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "";
            Description = $"in-process Garnet {version} on {Endpoint} (no redis-server on PATH, {Variable} not set)";
            _garnet = new GarnetServer(["--port", $"{port}", "--bind", "127.0.0.1", "--lua", "true"]);
            _garnet.Start();
        }

        diagnostics.OnMessage(new DiagnosticMessage($"cluster tests' Redis: {Description}"));
        await AnswersAsync(Endpoint, Description);
    }

    /// <summary>Waits for a Redis just started to answer.</summary>
    public static async Task AnswersAsync(string endpoint, string description)
    {
        for (var clock = Stopwatch.StartNew(); ; await Task.Delay(100))
        {
            try
            {
                await RedisConnection.EnsureReachableAsync(endpoint, Variable);
                return;
            }
            catch (SetupException e) when (clock.Elapsed > TimeSpan.FromSeconds(20))
            {
                throw new InvalidOperationException($"{description}: no answer within 20 s", e);
            }
            catch (SetupException)
            {
            }
        }
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false }) _process.Kill();
        _process?.Dispose();
        _garnet?.Dispose();
        return Task.CompletedTask;
    }

    public override string ToString() => Description;

    /// <summary>
    /// A free port for a server a test starts (Redis, a silo, its gateway). Not one the system hands out (port 0): that
    /// is in the ephemeral range, where an outgoing connection of another test can take it before the server binds it,
    /// as one did to a silo's gateway ("Address already in use").
    /// </summary>
    public static int FreePort() => FreePortBlock(1);

    private static int _nextBlock = 20_000 + Environment.ProcessId % 500 * 20;

    /// <summary>
    /// The first of <paramref name="count"/> consecutive free ports, for a script that counts ports up from a first one
    /// (cluster.sh). Taken below Linux's ephemeral range (32768–60999), so that no outgoing connection of another test
    /// takes the second one meanwhile, as it did once with a port next to one the system had handed out.
    /// </summary>
    public static int FreePortBlock(int count)
    {
        for (int attempt = 0; attempt < 500; attempt++)
        {
            int first = Interlocked.Add(ref _nextBlock, count) - count;
            if (first + count > 32_000) Interlocked.Exchange(ref _nextBlock, 20_000);
            else if (Enumerable.Range(first, count).All(Bindable)) return first;
        }

        throw new InvalidOperationException($"no {count} consecutive free ports between 20000 and 32000");
    }

    private static bool Bindable(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "redis";
}

/// <summary>
/// The cluster tests that spend most of their time waiting (for a reminder, for the retention), on a Redis of their
/// own (or SOCSIM_TEST_REDIS): a collection of their own, so they wait while the others run.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WaitingRedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "redis, waiting";
}
