using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Soc.Simulation.Abstractions.Experiments;
using Soc.Simulation.Client.Commands;
using Soc.Simulation.Grains.Experiments;
using Soc.Simulation.Hosting;
using Soc.Simulation.Tests.Cli;
using Soc.Simulation.Tests.Simulation;

namespace Soc.Simulation.Tests.RedisCluster;

/// <summary>
/// <c>socsim serve --cluster</c>: the web app joined to silo processes runs through the API what the embedded silo
/// runs, byte for byte, with its database in --data; and a command interrupted on a cluster stops its experiment.
/// </summary>
[Collection(RedisCollection.Name)]
public class ServeOnClusterTests(RedisServer redis)
{
    private static readonly string[] SmallRun = ["run", Barcelona.ScenarioPath, "--replicates", "4", "--seed", "11", "--set", "population.monthlyArrivals=250"];

    [Fact]
    public async Task Serve_on_a_cluster_gives_the_embedded_results_json_and_keeps_its_database_in_data()
    {
        string embedded = await EmbeddedRun.FolderAsync(SmallRun);
        await using LocalCluster cluster = await LocalCluster.StartAsync(redis, 2);
        string data = TestPaths.TempDir();
        int port = RedisServer.FreePort();
        using var stop = new CancellationTokenSource();
        var stderr = new StringWriter();
        Task<int> serve = Task.Run(() => SocSim.MainAsync(
            ["serve", "--urls", $"http://127.0.0.1:{port}", "--data", data, "--scenarios", Path.Combine(TestPaths.Root, "scenarios"), "--cluster", cluster.Address],
            TextWriter.Null, TextWriter.Synchronized(stderr), stop.Token));
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await UntilAnsweringAsync(client, serve, stderr);
            HttpResponseMessage posted = await client.PostAsJsonAsync("/api/runs",
                new { scenario = "barcelona-2023", replicates = 4, seed = 11, set = new Dictionary<string, object> { ["population.monthlyArrivals"] = 250 } });
            string id = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
            JsonElement status = await Web.Api.WaitAsync(client, id, 180);
            Assert.True(status.GetProperty("state").GetString() == "done", status + "\n" + stderr + cluster.Logs);
            byte[] web = await client.GetByteArrayAsync($"/api/runs/{id}/results.json");
            Assert.True(File.ReadAllBytes(Path.Combine(embedded, "results.json")).SequenceEqual(web), "results.json from serve --cluster differs from the embedded run's");
        }
        finally
        {
            await stop.CancelAsync();
        }

        Assert.Equal(0, await serve);
        // The web state stays with the web app, in --data, not on the silos.
        Assert.True(File.Exists(Path.Combine(data, "socsim.db")));
    }

    [Fact]
    public async Task Ctrl_C_on_a_cluster_run_stops_its_experiment_and_keeps_what_it_stored()
    {
        await using LocalCluster cluster = await LocalCluster.StartAsync(redis, 2);
        using var interrupt = new CancellationTokenSource();
        RunningSocSim run = SocSimRunner.Start(interrupt.Token, "run", Barcelona.ScenarioPath, "--replicates", "300", "--seed", "12",
            "--set", "population.monthlyArrivals=250", "--out", TestPaths.TempDir(), "--cluster", cluster.Address);
        string id = await run.ExperimentId.WaitAsync(TimeSpan.FromSeconds(120));
        await using ClusterConnection client = await cluster.ConnectAsync();
        IExperimentGrain experiment = client.Grains.GetGrain<IExperimentGrain>(id);
        while ((await experiment.GetStatusAsync()).Done < 4) await Task.Delay(100);

        await interrupt.CancelAsync();
        var clock = Stopwatch.StartNew();
        var (exit, _, stderr) = await run.Finished.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(exit == 130, stderr);
        Assert.Contains($"socsim fetch {id}", stderr);
        TimeSpan ended = clock.Elapsed;
        // Nothing starts after the command ended: the stored count stays where it is.
        int stopped = (await experiment.GetStatusAsync()).Done;
        await Task.Delay(TimeSpan.FromSeconds(3));
        ExperimentStatus later = await experiment.GetStatusAsync();
        Assert.Equal(stopped, later.Done);
        Assert.InRange(stopped, 4, 299);
        Assert.Equal((ExperimentState.Failed, ExperimentGrain.Cancelled), (later.State, later.Error));
        Assert.True(ended < TimeSpan.FromSeconds(20), $"the command took {ended.TotalSeconds:0.0} s to stop");
        (exit, _, _) = await SocSimRunner.RunAsync("forget", id, "--cluster", cluster.Address);
        Assert.Equal(0, exit);
    }

    private static async Task UntilAnsweringAsync(HttpClient client, Task<int> serve, StringWriter stderr)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(120); ; await Task.Delay(200))
        {
            Assert.False(serve.IsCompleted, $"socsim serve ended: {stderr}");
            Assert.True(DateTime.UtcNow < deadline, $"socsim serve did not answer within 120 s: {stderr}");
            try
            {
                if ((await client.GetAsync("/api/scenarios")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }
    }
}
