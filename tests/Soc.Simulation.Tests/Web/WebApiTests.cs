using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Soc.Simulation.Tests.Web;

/// <summary>The HTTP API through WebApplicationFactory: results equal the command line's, runs are keyed and stored.</summary>
[Collection(WebCollection.Name)]
public class WebApiTests(WebSilo silo)
{
    [Fact]
    public async Task Run_results_json_is_byte_identical_to_the_command_line_and_a_restart_keeps_it()
    {
        string data = TestPaths.TempDir();
        byte[] web;
        string id;
        await using (var app = new WebFactory(WebSilo.Options(data), silo.Engine))
        {
            HttpClient client = app.CreateClient();
            id = await Api.PostAsync(client, "/api/runs", Api.SmallRun(3));
            JsonElement status = await Api.WaitAsync(client, id);
            Assert.Equal("done", status.GetProperty("state").GetString());
            Assert.Equal(2, status.GetProperty("done").GetInt32());
            web = await client.GetByteArrayAsync($"/api/runs/{id}/results.json");

            // The same request is the stored run: same id, done at once.
            Assert.Equal(id, await Api.PostAsync(client, "/api/runs", Api.SmallRun(3)));
            Assert.Equal("done", (await Api.WaitAsync(client, id, 1)).GetProperty("state").GetString());
            // Another seed is another run; it may still be queued or running when this app stops.
            Assert.NotEqual(id, await Api.PostAsync(client, "/api/runs", Api.SmallRun(4)));
        }

        Assert.Equal(await Api.CliResultsAsync(3), web);

        // A new app on the same data folder: the run and its files are there.
        await using (var restarted = new WebFactory(WebSilo.Options(data), silo.Engine))
        {
            HttpClient client = restarted.CreateClient();
            Assert.Equal(web, await client.GetByteArrayAsync($"/api/runs/{id}/results.json"));
            // The run left unfinished when the first app stopped is carried on (asking again gives the same run).
            string other = await Api.PostAsync(client, "/api/runs", Api.SmallRun(4));
            Assert.Equal("done", (await Api.WaitAsync(client, other)).GetProperty("state").GetString());
        }
    }

    [Fact]
    public async Task Bad_input_is_400_with_the_json_path_and_what_was_expected()
    {
        await using var app = new WebFactory(WebSilo.Options(TestPaths.TempDir()), silo.Engine);
        HttpClient client = app.CreateClient();

        async Task<string> Bad(object body)
        {
            HttpResponseMessage r = await client.PostAsJsonAsync("/api/runs", body);
            string text = await r.Content.ReadAsStringAsync();
            Assert.True(r.StatusCode == HttpStatusCode.BadRequest, text);
            return JsonDocument.Parse(text).RootElement.GetProperty("error").GetString()!;
        }

        Assert.Contains("$.call.budgetEur: expected a number", await Bad(new { scenario = "barcelona-2023", set = new Dictionary<string, object> { ["call.budgetEur"] = "abc" } }));
        Assert.Contains("$.replicates: expected a whole number from 2", await Bad(new { scenario = "barcelona-2023", replicates = 1 }));
        Assert.Contains("$.scenario: missing", await Bad(new { replicates = 2 }));
        Assert.Contains("unknown field 'replicats'", await Bad(new { scenario = "barcelona-2023", replicats = 2 }));
        Assert.Contains("has no field 'budgetEuro'", await Bad(new { scenario = "barcelona-2023", set = new Dictionary<string, object> { ["call.budgetEuro"] = 1 } }));
        // Scenario JSON inline gets the file's checks.
        Assert.Contains("scenario:", await Bad(new { scenario = new { name = "x" } }));
        // Nothing from the user becomes a path: a scenario is an id from the list, a file a name in the database.
        Assert.Contains("no scenario '../../etc/passwd'", await Bad(new { scenario = "../../etc/passwd" }));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/runs/abc/..%2F..%2F..%2Fetc%2Fpasswd")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/runs/nosuchrun")).StatusCode);
        // And the OpenAPI document describes the API.
        string openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/runs/{id}", openApi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twenty_clients_starting_runs_at_once_all_finish_and_equal_the_command_line()
    {
        await using var app = new WebFactory(WebSilo.Options(TestPaths.TempDir()), silo.Engine);
        int[] seeds = [.. Enumerable.Range(100, 20)];
        string[] ids = await Task.WhenAll(seeds.Select(s => Api.PostAsync(app.CreateClient(), "/api/runs", Api.SmallRun(s))));
        Assert.Equal(20, ids.Distinct().Count());
        JsonElement[] ends = await Task.WhenAll(ids.Select(id => Api.WaitAsync(app.CreateClient(), id, 240)));
        Assert.All(ends, e => Assert.Equal("done", e.GetProperty("state").GetString()));
        HttpClient client = app.CreateClient();
        foreach (int i in new[] { 0, 19 })
        {
            Assert.Equal(await Api.CliResultsAsync(seeds[i]), await client.GetByteArrayAsync($"/api/runs/{ids[i]}/results.json"));
        }
    }
}
