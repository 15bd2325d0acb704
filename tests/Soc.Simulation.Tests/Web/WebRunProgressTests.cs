using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Soc.Simulation.Abstractions.Experiments;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Web;
using Soc.Simulation.Grains.Experiments;

namespace Soc.Simulation.Tests.Web;

/// <summary>
/// A run while it runs: its partial results (the KPI table over the replicates done so far, n of N), and cancel,
/// which stops the experiment on the silo rather than only marking the run.
/// </summary>
[Collection(WebCollection.Name)]
public class WebRunProgressTests(WebSilo silo)
{
    [Fact]
    public async Task A_running_run_shows_partial_results_marked_n_of_N_and_ends_byte_identical_to_the_command_line()
    {
        await using var app = new WebFactory(WebSilo.Options(TestPaths.TempDir()), silo.Engine);
        HttpClient client = app.CreateClient();
        var run = new { scenario = "barcelona-2023", replicates = 20, seed = 8, set = new Dictionary<string, object> { ["population.monthlyArrivals"] = 250 } };
        string id = await Api.PostAsync(client, "/api/runs", run);

        JsonElement? partial = null;
        string? page = null;
        for (var deadline = DateTime.UtcNow.AddSeconds(120); partial is null; await Task.Delay(50))
        {
            Assert.True(DateTime.UtcNow < deadline, "no partial results within 120 s");
            HttpResponseMessage r = await client.GetAsync($"/api/runs/{id}/partial.json");
            if (r.IsSuccessStatusCode)
            {
                partial = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.Clone();
                page = await client.GetStringAsync($"/runs/{id}?lang=ca");
                continue;
            }

            string state = JsonDocument.Parse(await client.GetStringAsync($"/api/runs/{id}")).RootElement.GetProperty("state").GetString()!;
            Assert.True(state is "queued" or "running", $"the run ended ({state}) before any partial results were seen");
        }

        int n = partial!.Value.GetProperty("replicates").GetInt32();
        Assert.InRange(n, 1, 19);
        Assert.True(partial.Value.GetProperty("kpis").TryGetProperty("insertionRate", out _));
        // The page says it is partial, n of N (the page's n may be later than the file's), in the page's language.
        Assert.Contains("id=\"partial\"", page);
        Assert.Contains("Resultats parcials:", page);
        Assert.Contains("de 20 rèpliques fetes", page);
        Assert.Contains("id=\"partial-kpis\"", page);

        Assert.Equal("done", (await Api.WaitAsync(client, id)).GetProperty("state").GetString());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/api/runs/{id}/partial.json")).StatusCode);
        string dir = TestPaths.TempDir();
        var (exit, _, err) = await Cli.SocSimRunner.RunAsync("run", Path.Combine(TestPaths.Root, "scenarios", "barcelona-2023.json"), "--replicates", "20",
            "--seed", "8", "--set", "population.monthlyArrivals=250", "--out", Path.Combine(dir, "out"), "--quiet");
        Assert.True(exit == 0, err);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(dir, "out", "results.json")), await client.GetByteArrayAsync($"/api/runs/{id}/results.json"));
    }

    [Fact]
    public async Task Cancel_stops_the_experiment_within_seconds_and_the_run_is_stored_cancelled()
    {
        // A silo of its own, so that the one experiment its management grain lists is this run's.
        await using ReplicateRunner runner = await ReplicateRunner.StartAsync(Backend.Embedded);
        await using var app = new WebFactory(WebSilo.Options(TestPaths.TempDir()), new SimulationEngine(runner));
        HttpClient client = app.CreateClient();
        const int total = 400;
        string id = await Api.PostAsync(client, "/api/runs", new { scenario = "barcelona-2023", replicates = total, seed = 9, set = new Dictionary<string, object> { ["population.monthlyArrivals"] = 250 } });
        IExperimentGrain experiment = await ExperimentOfAsync(runner.Grains!);
        while ((await experiment.GetStatusAsync()).Done < 4) await Task.Delay(50);

        Assert.Equal(System.Net.HttpStatusCode.Accepted, (await client.PostAsync($"/api/runs/{id}/cancel", null)).StatusCode);
        var clock = Stopwatch.StartNew();
        // Watch the experiment's stored replicates for 8 s: when they last grew, and that they stop short of the total.
        int last = (await experiment.GetStatusAsync()).Done;
        TimeSpan lastGrowth = TimeSpan.Zero;
        while (clock.Elapsed < TimeSpan.FromSeconds(8))
        {
            int done = (await experiment.GetStatusAsync()).Done;
            if (done != last) (last, lastGrowth) = (done, clock.Elapsed);
            await Task.Delay(100);
        }

        ExperimentStatus final = await experiment.GetStatusAsync();
        Assert.True(lastGrowth < TimeSpan.FromSeconds(4), $"replicates done grew until {lastGrowth.TotalSeconds:0.0} s after cancel (to {last})");
        Assert.InRange(final.Done, 4, total / 2);
        Assert.Equal(ExperimentState.Failed, final.State);
        Assert.Equal(ExperimentGrain.Cancelled, final.Error);

        JsonElement status = await Api.WaitAsync(client, id, 0);
        Assert.Equal("cancelled", status.GetProperty("state").GetString());
        Assert.Equal(final.Done, status.GetProperty("done").GetInt32());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cancel: {final.Done}/{total} replicates stored, the last {lastGrowth.TotalSeconds:0.0} s after cancel"));
    }

    /// <summary>The one experiment grain active on the silo, once the run has started it.</summary>
    private static async Task<IExperimentGrain> ExperimentOfAsync(IGrainFactory grains)
    {
        IManagementGrain management = grains.GetGrain<IManagementGrain>(0);
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(50))
        {
            List<GrainId> active = await management.GetActiveGrains(GrainType.Create("experiment"));
            if (active.Count == 1) return grains.GetGrain<IExperimentGrain>(active[0].Key.ToString()!);
        }

        throw new TimeoutException("the run started no experiment within 60 s");
    }
}
