using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Soc.Simulation.Web.Storage;

namespace Soc.Simulation.Tests.Web;

/// <summary>
/// The page forms through WebApplicationFactory: every number and date is checked, a malformed one gets its error beside
/// the field (never a silent default), and the register page explains each application with the call engine's trail.
/// </summary>
[Collection(WebCollection.Name)]
public partial class WebFormTests(WebSilo silo)
{
    [Fact]
    public async Task A_malformed_number_on_any_form_gets_an_error_beside_its_field_and_queues_nothing()
    {
        await using var app = new WebFactory(WebSilo.Options(TestPaths.TempDir()), silo.Engine);
        HttpClient client = app.CreateClient();
        RunStore store = app.Services.GetRequiredService<RunStore>();

        string index = await PostAsync(client, "/?scenario=barcelona-2023&lang=en", "/?handler=Run&lang=en", new() { ["Scenario"] = "barcelona-2023", ["Replicates"] = "abc", ["Seed"] = "1" });
        Assert.Equal("Expected a whole number from 2 to 1,000; got 'abc'.", Field(index, "replicates-error"));
        string seed = await PostAsync(client, "/?scenario=barcelona-2023&lang=ca", "/?handler=Run&lang=ca", new() { ["Scenario"] = "barcelona-2023", ["Replicates"] = "2", ["Seed"] = "1,5" });
        Assert.Equal("S'esperava un nombre enter de 0 a 2.147.483.647; s'ha rebut «1,5».", Field(seed, "seed-error"));

        string compare = await PostAsync(client, "/compare?lang=es", "/compare?lang=es", new()
        {
            ["Base"] = "barcelona-2023", ["AltName"] = "x", ["Values[call.budgetEur]"] = "4.000.000", ["Replicates"] = "", ["Seed"] = "-3",
        });
        Assert.Equal("Se esperaba un número entero de 2 a 1.000; se ha recibido «».", Field(compare, "replicates-error"));
        Assert.Equal("Se esperaba un número entero de 0 a 2.147.483.647; se ha recibido «-3».", Field(compare, "seed-error"));

        // Plan: its own fields get socsim plan's messages, beside them.
        var plan = new Dictionary<string, string> { ["Scenario"] = "barcelona-2023", ["Vary"] = "call.budgetEur", ["Goal"] = "lots", ["RangeLow"] = "", ["RangeHigh"] = "", ["Replicates"] = "80", ["Seed"] = "1" };
        Assert.StartsWith("--goal lots", Field(await PostAsync(client, "/plan?lang=en", "/plan?lang=en", plan), "goal-error"), StringComparison.Ordinal);
        plan["Goal"] = "refusal-risk<=0.1";
        plan["RangeLow"] = "molt";
        plan["RangeHigh"] = "8.000.000";
        Assert.Equal("--range: expected a number, got 'molt'", Field(await PostAsync(client, "/plan?lang=ca", "/plan?lang=ca", plan), "range-error"));
        plan["RangeLow"] = "1.000.000";
        plan["Vary"] = "call.budget";
        plan["Replicates"] = "8O";
        string both = await PostAsync(client, "/plan?lang=ca", "/plan?lang=ca", plan);
        Assert.StartsWith("call.budget: expected the path of a number", Field(both, "vary-error"), StringComparison.Ordinal);
        Assert.Equal("S'esperava un nombre enter de 2 a 1.000; s'ha rebut «8O».", Field(both, "replicates-error"));

        Assert.Empty(store.List());
    }

    [Fact]
    public async Task The_register_page_says_why_with_the_euros_left_and_the_freed_money_and_projects_from_an_as_of_date()
    {
        await using var app = new WebFactory(WebSilo.Options(TestPaths.TempDir()), silo.Engine);
        HttpClient client = app.CreateClient();
        RunStore store = app.Services.GetRequiredService<RunStore>();
        store.SaveScenario(new SavedScenario("call-25k", "30plus-2023", [HandMadeRegister.Budget]));
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(HandMadeRegister.Bytes), "register", "hand.csv" }, { new StringContent("call-25k"), "scenario" } };
        HttpResponseMessage posted = await client.PostAsync("/api/replays", upload);
        string id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal("done", (await Api.WaitAsync(client, id)).GetProperty("state").GetString());

        string page = await client.GetStringAsync($"/runs/{id}?lang=ca");
        Assert.Equal(
            "Elegible, però el 06/12/2022 quedaven 3.999,94 € a la convocatòria (0,00 € a la línia D/470000121/331L/0000) i necessitava 10.500,03 €. "
            + "Concedit el 01/02/2023 amb diners alliberats: 10.500,03 € de APP-2 (renúncia), amb 14.499,97 € disponibles a la convocatòria.", Why(page, "APP-3"));
        string five = Why(page, "APP-5");
        Assert.StartsWith("Elegible, però el 08/12/2022 quedaven 3.999,94 € a la convocatòria (0,00 € a la línia D/470000121/331L/0000) i necessitava 3.500,01 €; "
            + "abans que ella esperava APP-3, en ordre estricte del registre. Cap diner alliberat no li va arribar.", five, StringComparison.Ordinal);
        Assert.Contains("Eligible, but on 2022-12-07 the call had 3,999.94 € left", Why(await client.GetStringAsync($"/runs/{id}?lang=en"), "APP-4"), StringComparison.Ordinal);

        // Project from an as-of date: a malformed date or number is named beside its field, and nothing is queued.
        var form = new Dictionary<string, string> { ["AsOf"] = "31/13/2022", ["ProjectReplicates"] = "dos", ["ProjectSeed"] = "1" };
        string bad = await PostAsync(client, $"/runs/{id}?lang=es", $"/runs/{id}?handler=Project&lang=es", form);
        Assert.Equal("Se esperaba una fecha dd/mm/aaaa (o AAAA-MM-DD); se ha recibido «31/13/2022».", Field(bad, "as-of-error"));
        Assert.Equal("Se esperaba un número entero de 2 a 1.000; se ha recibido «dos».", Field(bad, "project-replicates-error"));
        form["AsOf"] = "01/01/2020";
        form["ProjectReplicates"] = "2";
        Assert.StartsWith("--as-of 2020-01-01: expected a date from the filing start", Field(await PostAsync(client, $"/runs/{id}?lang=es", $"/runs/{id}?handler=Project&lang=es", form), "as-of-error"), StringComparison.Ordinal);
        Assert.Single(store.List());

        form["AsOf"] = "01/02/2023";
        HttpResponseMessage projected = await PostRawAsync(client, $"/runs/{id}?lang=es", $"/runs/{id}?handler=Project&lang=es", form);
        // Redirected (the client follows it) to the projection's own run page.
        Assert.Equal(HttpStatusCode.OK, projected.StatusCode);
        string projection = projected.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1];
        Assert.NotEqual(id, projection);
        Assert.Equal("done", (await Api.WaitAsync(client, projection)).GetProperty("state").GetString());
        string summary = Field(await client.GetStringAsync($"/runs/{projection}?lang=es"), "projection-summary");
        Assert.StartsWith("5 solicitudes conocidas el 01/02/2023; comprometido 21.000 € y pagado ", summary, StringComparison.Ordinal);
        Assert.Contains(" de un presupuesto de 25.000 €.", summary, StringComparison.Ordinal);
        Assert.Contains("De los 4.000 € no comprometidos el 01/02/2023, probablemente quedarán ", summary, StringComparison.Ordinal);
    }

    internal static async Task<string> PostAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        HttpResponseMessage r = await PostRawAsync(client, formPage, action, fields);
        string html = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"{action}: {(int)r.StatusCode} {html}");
        return html;
    }

    private static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        string token = Token().Match(await client.GetStringAsync(formPage)).Groups[1].Value;
        return await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));
    }

    /// <summary>The text of the element with this id, decoded (tags removed, whitespace collapsed).</summary>
    internal static string Field(string html, string id)
    {
        Match m = Regex.Match(html, $"<(\\w+)[^>]* id=\"{Regex.Escape(id)}\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline);
        Assert.True(m.Success, $"no element #{id} in the page");
        return Text(m.Groups[2].Value);
    }

    private static string Why(string html, string application)
    {
        Match m = Regex.Match(html, $"<tr data-application=\"{Regex.Escape(application)}\">.*?<td class=\"why\">(.*?)</td>", RegexOptions.Singleline);
        Assert.True(m.Success, $"no row for {application}");
        return Text(m.Groups[1].Value);
    }

    private static string Text(string html) => Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " ")), "\\s+", " ").Trim();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
