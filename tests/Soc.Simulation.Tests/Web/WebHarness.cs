using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Web;
using Soc.Simulation.Web;
using Soc.Simulation.Web.Hosting;

namespace Soc.Simulation.Tests.Web;

/// <summary>One embedded silo for all the web tests: the engine every app under test runs on, as socsim serve does.</summary>
public sealed class WebSilo : IAsyncLifetime
{
    private ReplicateRunner? _runner;

    public SimulationEngine Engine { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _runner = await ReplicateRunner.StartAsync(Backend.Embedded);
        Engine = new SimulationEngine(_runner);
    }

    public async Task DisposeAsync()
    {
        if (_runner is not null) await _runner.DisposeAsync();
    }

    public static WebOptions Options(string data, string? apiKey = null) => new()
    {
        DataDirectory = data,
        ScenarioDirectory = Path.Combine(TestPaths.Root, "scenarios"),
        ApiKey = apiKey,
        Workers = 2,
    };
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebSilo>
{
    public const string Name = "web";
}

/// <summary>The app on WebApplicationFactory's test server, with the engine and options a test gives. The type argument is from socsim, the
/// assembly with the entry point that hosts the app; the host itself is built here, as socsim serve builds it.</summary>
internal sealed class WebFactory(WebOptions options, SimulationEngine engine) : WebApplicationFactory<SimulationEngine>
{
    protected override IHostBuilder CreateHostBuilder() => Host.CreateDefaultBuilder().ConfigureWebHost(web => web
        .UseContentRoot(AppContext.BaseDirectory)
        .ConfigureServices(services => WebApp.AddServices(services, options, engine))
        .Configure(WebApp.Configure));
}

internal static class Api
{
    /// <summary>The cheap run of the web tests: 2 replicates of Barcelona with 250 arrivals a month.</summary>
    public static object SmallRun(int seed) => new { scenario = "barcelona-2023", replicates = 2, seed, set = new Dictionary<string, object> { ["population.monthlyArrivals"] = 250 } };

    public static async Task<string> PostAsync(HttpClient client, string path, object body)
    {
        HttpResponseMessage response = await client.PostAsJsonAsync(path, body);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Polls a run until it ends; returns its final status.</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient client, string id, int seconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            JsonElement status = JsonDocument.Parse(await client.GetStringAsync($"/api/runs/{id}")).RootElement;
            string state = status.GetProperty("state").GetString()!;
            if (state is not ("queued" or "running")) return status;
            Assert.True(DateTime.UtcNow < deadline, $"run {id} still {state} after {seconds} s");
            await Task.Delay(100);
        }
    }

    /// <summary>The command line's results.json for the same inputs as <see cref="SmallRun"/>.</summary>
    public static async Task<byte[]> CliResultsAsync(int seed)
    {
        string dir = TestPaths.TempDir();
        var (exit, _, err) = await Cli.SocSimRunner.RunAsync("run", Path.Combine(TestPaths.Root, "scenarios", "barcelona-2023.json"), "--replicates", "2",
            "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--set", "population.monthlyArrivals=250", "--out", Path.Combine(dir, "out"), "--quiet");
        Assert.True(exit == 0, err);
        return await File.ReadAllBytesAsync(Path.Combine(dir, "out", "results.json"));
    }
}
