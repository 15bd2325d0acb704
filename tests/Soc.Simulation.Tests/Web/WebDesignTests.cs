using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Soc.Simulation.Web.Storage;

namespace Soc.Simulation.Tests.Web;

/// <summary>The Design page and POST /api/designs: design.json equal to socsim design's, the front on the run page, mistakes beside their fields.</summary>
[Collection(WebCollection.Name)]
public class WebDesignTests(WebSilo silo)
{
    private static object SmallDesign(object? population = null) => new
    {
        scenario = "barcelona-2023", levers = new[] { "call.budgetEur=200000:1500000", "call.maxSubsidisedMonths=6:12:int" },
        objectives = new[] { "max:insertionsCausedByCall", "min:subsidyCommittedEur" }, constraints = new[] { "call.budgetEur<=1200000" },
        population = population ?? 4, generations = 1, replicates = 4, seed = 3, set = new Dictionary<string, object> { ["population.monthlyArrivals"] = 250 },
    };

    [Fact]
    public async Task Design_json_is_byte_identical_to_socsim_design_and_the_run_page_shows_the_front_and_its_check()
    {
        await using var app = new WebFactory(WebSilo.Options(TestPaths.TempDir()), silo.Engine);
        HttpClient client = app.CreateClient();
        string id = await Api.PostAsync(client, "/api/designs", SmallDesign());
        JsonElement status = await Api.WaitAsync(client, id, 300);
        Assert.Equal("done", status.GetProperty("state").GetString());
        Assert.Contains("pareto.png", status.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        byte[] web = await client.GetByteArrayAsync($"/api/runs/{id}/design.json");

        string dir = TestPaths.TempDir();
        var (exit, _, err) = await Cli.SocSimRunner.RunAsync("design", Path.Combine(TestPaths.Root, "scenarios", "barcelona-2023.json"), "--set", "population.monthlyArrivals=250",
            "--lever", "call.budgetEur=200000:1500000", "--lever", "call.maxSubsidisedMonths=6:12:int", "--objective", "max:insertionsCausedByCall",
            "--objective", "min:subsidyCommittedEur", "--constraint", "call.budgetEur<=1200000", "--population", "4", "--generations", "1", "--replicates", "4",
            "--seed", "3", "--out", Path.Combine(dir, "out"), "--quiet");
        Assert.True(exit == 0, err);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(dir, "out", "design.json")), web);

        string page = await client.GetStringAsync($"/runs/{id}?lang=ca");
        Assert.Contains("id=\"design-front\"", page, StringComparison.Ordinal);
        Assert.Contains("Comprovació amb la llavor 1003 i 8 rèpliques", page, StringComparison.Ordinal);
        // The scenario's own call beside the front, and each design's paired difference from it.
        Assert.Contains("La convocatòria pròpia de l&#x27;escenari, amb les llavors de la comprovació: max:insertionsCausedByCall ", page, StringComparison.Ordinal);
        Assert.Contains("Respecte a la convocatòria de l&#x27;escenari (diferència aparellada) · max:insertionsCausedByCall", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_design_is_400_with_the_command_lines_message_and_the_page_shows_it_beside_its_field()
    {
        await using var app = new WebFactory(WebSilo.Options(TestPaths.TempDir()), silo.Engine);
        HttpClient client = app.CreateClient();
        HttpResponseMessage r = await client.PostAsJsonAsync("/api/designs", SmallDesign(population: 5));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("--population: expected an even number from 4, got 5", (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());

        var form = new Dictionary<string, string>
        {
            ["Scenario"] = "barcelona-2023", ["Levers"] = "call.budgetEuro=1:2", ["Objectives"] = "max:insertionsCausedByCall", ["Constraints"] = "",
            ["Population"] = "4", ["Generations"] = "1", ["Replicates"] = "4", ["Seed"] = "1",
        };
        string page = await WebFormTests.PostAsync(client, "/design?lang=en", "/design?lang=en", form);
        Assert.StartsWith("--lever call.budgetEuro=1:2", WebFormTests.Field(page, "levers-error"), StringComparison.Ordinal);
        form["Levers"] = "call.budgetEur=1000000:2000000";
        form["Objectives"] = "max:insertionz";
        form["Generations"] = "un";
        page = await WebFormTests.PostAsync(client, "/design?lang=ca", "/design?lang=ca", form);
        Assert.Equal("S'esperava un nombre enter de 1 a 1.000; s'ha rebut «un».", WebFormTests.Field(page, "generations-error"));
        form["Generations"] = "1";
        page = await WebFormTests.PostAsync(client, "/design?lang=ca", "/design?lang=ca", form);
        Assert.StartsWith("--objective max:insertionz: unknown KPI", WebFormTests.Field(page, "objectives-error"), StringComparison.Ordinal);
        Assert.Empty(app.Services.GetRequiredService<RunStore>().List());
        Assert.Contains("/api/designs", await client.GetStringAsync("/openapi/v1.json"), StringComparison.Ordinal);
    }
}
