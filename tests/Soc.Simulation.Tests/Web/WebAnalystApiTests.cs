using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Soc.Simulation.Web.Storage;

namespace Soc.Simulation.Tests.Web;

/// <summary>Plan and projection through the API: their files equal the command line's for the same inputs; bad inputs are 400 with its messages.</summary>
[Collection(WebCollection.Name)]
public class WebAnalystApiTests(WebSilo silo)
{
    /// <summary>A cheap plan: 4 replicates of Barcelona at 250 arrivals a month, a coarse accuracy (4 evaluations and a check).</summary>
    internal static object SmallPlan(int seed, int replicates = 4, bool uncertainty = true) => new
    {
        scenario = "barcelona-2023", vary = "call.budgetEur", goal = "within-budget>=0.5", range = "100000:3000000", accuracy = 1000000, replicates, seed,
        set = new Dictionary<string, object> { ["population.monthlyArrivals"] = 250 }, uncertainty,
    };

    [Fact]
    public async Task Plan_json_is_byte_identical_to_socsim_plan_for_the_same_inputs()
    {
        await using var app = new WebFactory(WebSilo.Options(TestPaths.TempDir()), silo.Engine);
        HttpClient client = app.CreateClient();
        string id = await Api.PostAsync(client, "/api/plans", SmallPlan(2));
        JsonElement status = await Api.WaitAsync(client, id, 300);
        Assert.Equal("done", status.GetProperty("state").GetString());
        Assert.Contains("plan-path.png", status.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        byte[] web = await client.GetByteArrayAsync($"/api/runs/{id}/plan.json");
        // The search found the edge: the smallest budget in the range that lasts in at least half of the replicates.
        using (JsonDocument plan = JsonDocument.Parse(web)) Assert.Equal(JsonValueKind.Number, plan.RootElement.GetProperty("answer").ValueKind);
        // The same request is the stored plan.
        Assert.Equal(id, await Api.PostAsync(client, "/api/plans", SmallPlan(2)));

        string dir = TestPaths.TempDir();
        var (exit, _, err) = await Cli.SocSimRunner.RunAsync("plan", Path.Combine(TestPaths.Root, "scenarios", "barcelona-2023.json"), "--vary", "call.budgetEur",
            "--goal", "within-budget>=0.5", "--range", "100000:3000000", "--accuracy", "1000000", "--replicates", "4", "--seed", "2",
            "--set", "population.monthlyArrivals=250", "--out", Path.Combine(dir, "out"), "--quiet");
        Assert.True(exit == 0, err);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(dir, "out", "plan.json")), web);
    }

    [Fact]
    public async Task A_bad_plan_is_400_with_the_command_lines_message()
    {
        await using var app = new WebFactory(WebSilo.Options(TestPaths.TempDir()), silo.Engine);
        HttpClient client = app.CreateClient();

        async Task<string> Bad(object body)
        {
            HttpResponseMessage r = await client.PostAsJsonAsync("/api/plans", body);
            string text = await r.Content.ReadAsStringAsync();
            Assert.True(r.StatusCode == HttpStatusCode.BadRequest, text);
            return JsonDocument.Parse(text).RootElement.GetProperty("error").GetString()!;
        }

        string goal = await Bad(new { scenario = "barcelona-2023", vary = "call.budgetEur", goal = "lots" });
        var (exit, _, err) = await Cli.SocSimRunner.RunAsync("plan", Path.Combine(TestPaths.Root, "scenarios", "barcelona-2023.json"), "--vary", "call.budgetEur", "--goal", "lots");
        Assert.NotEqual(0, exit);
        Assert.Contains(goal, err, StringComparison.Ordinal);
        Assert.StartsWith("--goal lots", goal, StringComparison.Ordinal);
        Assert.Equal("--range: expected low < high, got '5:1'", await Bad(new { scenario = "barcelona-2023", vary = "call.budgetEur", goal = "refusal-risk<=0.1", range = "5:1" }));
        Assert.Equal("--range: expected a number, got 'x'", await Bad(new { scenario = "barcelona-2023", vary = "call.budgetEur", goal = "refusal-risk<=0.1", range = "x:5" }));
        Assert.StartsWith("call.budgetEuro: expected the path of a number", await Bad(new { scenario = "barcelona-2023", vary = "call.budgetEuro", goal = "refusal-risk<=0.1" }), StringComparison.Ordinal);
        Assert.StartsWith("$.vary: missing", await Bad(new { scenario = "barcelona-2023", goal = "refusal-risk<=0.1" }), StringComparison.Ordinal);
        Assert.StartsWith("$.replicates: expected a whole number from 2", await Bad(new { scenario = "barcelona-2023", vary = "call.budgetEur", goal = "refusal-risk<=0.1", replicates = "many" }), StringComparison.Ordinal);
        string openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/plans", openApi, StringComparison.Ordinal);
        Assert.Contains("/api/projections", openApi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Projection_json_is_byte_identical_to_socsim_project_and_a_stored_register_gives_the_same_run()
    {
        await using var app = new WebFactory(WebSilo.Options(TestPaths.TempDir()), silo.Engine);
        HttpClient client = app.CreateClient();
        byte[] register = await File.ReadAllBytesAsync(TestPaths.SampleRegister);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(register), "register", "sample-2023.csv" },
            { new StringContent("30plus-2023"), "scenario" }, { new StringContent("2023-02-01"), "asOf" }, { new StringContent("4"), "replicates" }, { new StringContent("3"), "seed" },
        };
        HttpResponseMessage posted = await client.PostAsync("/api/projections", form);
        Assert.True(posted.StatusCode == HttpStatusCode.Accepted, await posted.Content.ReadAsStringAsync());
        string id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        JsonElement status = await Api.WaitAsync(client, id, 300);
        Assert.Equal("done", status.GetProperty("state").GetString());
        string[] files = [.. status.GetProperty("files").EnumerateArray().Select(f => f.GetString()!)];
        Assert.Subset(files.ToHashSet(), new HashSet<string> { "projection.json", "projection.csv", "projection.xlsx", "report.html" });
        byte[] web = await client.GetByteArrayAsync($"/api/runs/{id}/projection.json");

        string dir = TestPaths.TempDir();
        var (exit, _, err) = await Cli.SocSimRunner.RunAsync("project", TestPaths.Baseline, "--registry", TestPaths.SampleRegister, "--as-of", "2023-02-01",
            "--replicates", "4", "--seed", "3", "--out", Path.Combine(dir, "out"), "--quiet");
        Assert.True(exit == 0, err);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(dir, "out", "projection.json")), web);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(dir, "out", "projection.csv")), await client.GetByteArrayAsync($"/api/runs/{id}/projection.csv"));

        // A register uploaded for a replay can be projected by reference: the same inputs, so the same (stored) run.
        using var replayForm = new MultipartFormDataContent { { new ByteArrayContent(register), "register", "sample-2023.csv" } };
        HttpResponseMessage replay = await client.PostAsync("/api/replays", replayForm);
        string replayId = (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal(id, await Api.PostAsync(client, "/api/projections", new { register = replayId, asOf = "2023-02-01", replicates = 4, seed = 3 }));
        Assert.NotNull(app.Services.GetRequiredService<RunStore>().Register(id));
    }

    [Fact]
    public async Task A_bad_projection_is_400_naming_the_field()
    {
        await using var app = new WebFactory(WebSilo.Options(TestPaths.TempDir()), silo.Engine);
        HttpClient client = app.CreateClient();

        async Task<string> Bad(string asOf, string replicates = "4", string seed = "1")
        {
            using var form = new MultipartFormDataContent
            {
                { new ByteArrayContent(HandMadeRegister.Bytes), "register", "hand.csv" },
                { new StringContent(asOf), "asOf" }, { new StringContent(replicates), "replicates" }, { new StringContent(seed), "seed" },
            };
            HttpResponseMessage r = await client.PostAsync("/api/projections", form);
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()!;
        }

        Assert.Equal("asOf: expected a date YYYY-MM-DD, got '01/02/2023'", await Bad("01/02/2023"));
        Assert.StartsWith("--as-of 2021-01-01: expected a date from the filing start 2022-10-01", await Bad("2021-01-01"), StringComparison.Ordinal);
        Assert.Equal($"replicates: expected a whole number from 2 to {1000.ToString("N0", CultureInfo.InvariantCulture)}, got '4x'", await Bad("2023-02-01", "4x"));
        Assert.StartsWith("seed: expected a whole number from 0", await Bad("2023-02-01", "4", "-1"), StringComparison.Ordinal);
        Assert.StartsWith("$.register: no run 'nope'", (await (await client.PostAsJsonAsync("/api/projections", new { register = "nope", asOf = "2023-02-01" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
