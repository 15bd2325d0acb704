using System.Globalization;

namespace Soc.Simulation.Tests.Web;

/// <summary>A run's report.html and charts follow the page's language; without ?lang they are the command line's bytes.</summary>
[Collection(WebCollection.Name)]
public class WebLanguageTests(WebSilo silo)
{
    [Fact]
    public async Task Report_and_charts_download_in_the_pages_language_and_in_english_as_the_command_line_writes_them()
    {
        await using var app = new WebFactory(WebSilo.Options(TestPaths.TempDir()), silo.Engine);
        HttpClient client = app.CreateClient();
        string id = await Api.PostAsync(client, "/api/runs", Api.SmallRun(21));
        Assert.Equal("done", (await Api.WaitAsync(client, id)).GetProperty("state").GetString());

        string catalan = await client.GetStringAsync($"/api/runs/{id}/report.html?lang=ca");
        Assert.Contains("<html lang=\"ca\">", catalan);
        Assert.Contains("Execució Monte Carlo", catalan);
        Assert.Contains("Ejecución Monte Carlo", await client.GetStringAsync($"/api/runs/{id}/report.html?lang=es"));
        Assert.Contains("Convocatòria 30 Plus", await client.GetStringAsync($"/api/runs/{id}/budget.svg?lang=ca"));
        // The machine files have one version; ?lang changes nothing there.
        Assert.Equal(await client.GetByteArrayAsync($"/api/runs/{id}/results.json"), await client.GetByteArrayAsync($"/api/runs/{id}/results.json?lang=ca"));

        // The page links its downloads and charts in its language; the list of files has no translations in it.
        string page = await client.GetStringAsync($"/runs/{id}?lang=ca");
        Assert.Contains($"/api/runs/{id}/report.html?lang=ca", page);
        Assert.Contains($"/api/runs/{id}/budget.png?lang=ca", page);
        Assert.DoesNotContain("ca/report.html", await client.GetStringAsync($"/api/runs/{id}"));

        string dir = TestPaths.TempDir();
        var (exit, _, err) = await Cli.SocSimRunner.RunAsync("run", Path.Combine(TestPaths.Root, "scenarios", "barcelona-2023.json"), "--replicates", "2",
            "--seed", 21.ToString(CultureInfo.InvariantCulture), "--set", "population.monthlyArrivals=250", "--out", dir, "--quiet");
        Assert.True(exit == 0, err);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(dir, "report.html")), await client.GetByteArrayAsync($"/api/runs/{id}/report.html"));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(dir, "budget.svg")), await client.GetByteArrayAsync($"/api/runs/{id}/budget.svg?lang=en"));
    }
}
