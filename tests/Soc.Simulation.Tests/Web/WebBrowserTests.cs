using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Soc.Simulation.Tests.TestSupport;
using Soc.Simulation.Web;

namespace Soc.Simulation.Tests.Web;

/// <summary>
/// The app on Kestrel, as socsim serve runs it, driven in the system Chromium by Playwright (ExecutablePath: no browser
/// is downloaded). Skipped, with the reason, where there is no Chromium. Screenshots go to docs/screenshots/.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class WebBrowserTests : IClassFixture<WebBrowserTests.Server>
{
    private readonly Server _server;

    public WebBrowserTests(Server server) => _server = server;

    [ChromiumFact]
    public async Task Home_page_reads_Pressupost_in_Catalan_and_Presupuesto_in_Spanish()
    {
        IPage ca = await _server.PageAsync("ca-ES");
        await ca.GotoAsync("/");
        Assert.Contains("Pressupost", await ca.InnerTextAsync("label[for=call-budgetEur]"), StringComparison.Ordinal);
        await Shot(ca, "scenarios-ca.png");
        IPage es = await _server.PageAsync("es-ES");
        await es.GotoAsync("/");
        Assert.Contains("Presupuesto", await es.InnerTextAsync("label[for=call-budgetEur]"), StringComparison.Ordinal);
        // The switch on the page, and numbers in the language: 2.653.866,13 in Spanish, 2,653,866.13 in English.
        Assert.Equal("2.653.866,13", await es.InputValueAsync("#call-budgetEur"));
        await es.ClickAsync("#lang-en");
        Assert.Contains("Call budget", await es.InnerTextAsync("label[for=call-budgetEur]"), StringComparison.Ordinal);
        Assert.Equal("2,653,866.13", await es.InputValueAsync("#call-budgetEur"));
    }

    [ChromiumFact]
    public async Task Change_the_budget_in_the_form_run_and_see_the_results_and_charts()
    {
        IPage page = await _server.PageAsync("ca-ES");
        await page.GotoAsync("/?scenario=barcelona-2023");
        // A wrong value gets the command line's message beside its field.
        await page.FillAsync("#call-budgetEur", "molt");
        await page.ClickAsync("#run");
        Assert.Contains("$.call.budgetEur: expected a number", await page.InnerTextAsync("#call-budgetEur-error"), StringComparison.Ordinal);
        await page.FillAsync("#call-budgetEur", "1.500.000");
        await page.FillAsync("#replicates", "2");
        await page.ClickAsync("#run");
        await page.WaitForSelectorAsync("#kpis", new() { Timeout = 120_000 });
        Assert.Contains("sol·licituds a la convocatòria", await page.InnerTextAsync("#kpis"), StringComparison.Ordinal);
        // The budget chart is drawn (an image that decoded) and the downloads are offered.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('img.chart')].some(i => i.complete && i.naturalWidth > 300)");
        Assert.Contains("results.json", await page.InnerTextAsync("#downloads"), StringComparison.Ordinal);
        await Shot(page, "results-ca.png");
    }

    [ChromiumFact]
    public async Task Compare_two_scenarios_shows_paired_differences_and_p_better()
    {
        IPage page = await _server.PageAsync("es-ES");
        await page.GotoAsync("/compare");
        await page.FillAsync("#alt-name", "más presupuesto");
        await page.FillAsync("#alt-call-budgetEur", "4.000.000");
        await page.FillAsync("#replicates", "2");
        await page.ClickAsync("#compare");
        await page.WaitForSelectorAsync("table.differences", new() { Timeout = 120_000 });
        string table = await page.InnerTextAsync("table.differences");
        Assert.Contains("P(mejor)", table, StringComparison.Ordinal);
        Assert.Contains("solicitudes denegadas por falta de presupuesto", table, StringComparison.Ordinal);
        await Shot(page, "compare-es.png");
    }

    /// <summary>Opens the register page in <paramref name="locale"/>, uploads the sample register, replays it and waits for <paramref name="shown"/>.</summary>
    private async Task<IPage> ReplayTheSampleRegisterAsync(string locale, string shown)
    {
        IPage page = await _server.PageAsync(locale);
        await page.GotoAsync("/register");
        await page.SetInputFilesAsync("#upload", TestPaths.SampleRegister);
        await page.ClickAsync("#replay");
        await page.WaitForSelectorAsync(shown, new() { Timeout = 120_000 });
        return page;
    }

    [ChromiumFact]
    public async Task Upload_a_register_and_read_an_applications_decision_trail()
    {
        IPage page = await ReplayTheSampleRegisterAsync("ca-ES", "#awards");
        // An application refused for budget: why, in words, with its rule.
        await page.FillAsync("#search", "refused_budget");
        await page.ClickAsync("#search-button");
        string why = await page.InnerTextAsync("#awards tr[data-application] td.why");
        Assert.Contains("quedaven", why, StringComparison.Ordinal);
        Assert.Contains("i necessitava", why, StringComparison.Ordinal);
        Assert.Contains("A12", why, StringComparison.Ordinal);
        await Shot(page, "register-ca.png");
    }

    [ChromiumFact]
    public async Task Plan_page_shows_errors_beside_the_fields_then_the_answer_the_cautious_answer_and_the_chart()
    {
        IPage page = await _server.PageAsync("ca-ES");
        await page.GotoAsync("/");
        await page.ClickAsync("#nav-plan");
        await page.FillAsync("#goal", "molts");
        await page.FillAsync("#replicates", "vuitanta");
        await page.ClickAsync("#plan");
        Assert.StartsWith("--goal molts: expected", await page.InnerTextAsync("#goal-error"), StringComparison.Ordinal);
        Assert.Contains("«vuitanta»", await page.InnerTextAsync("#replicates-error"), StringComparison.Ordinal);

        // A plan small enough for a test (the form's levers are the call's; the API also takes other overrides).
        using var http = new HttpClient { BaseAddress = new Uri(_server.Url) };
        // With the assumptions fixed (uncertainty off) and 8 replicates, the cautious bound can meet the goal too.
        string id = await Api.PostAsync(http, "/api/plans", WebAnalystApiTests.SmallPlan(5, 8, uncertainty: false));
        await page.GotoAsync($"/runs/{id}");
        await page.WaitForSelectorAsync("#plan-answer", new() { Timeout = 300_000 });
        Assert.EndsWith(" €", await page.InnerTextAsync("#answer"), StringComparison.Ordinal);
        Assert.Contains("Resposta prudent", await page.InnerTextAsync("#plan-answer"), StringComparison.Ordinal);
        Assert.EndsWith(" €", await page.InnerTextAsync("#cautious-answer"), StringComparison.Ordinal);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('img.chart')].some(i => i.complete && i.naturalWidth > 300)");
        Assert.Contains("plan.json", await page.InnerTextAsync("#downloads"), StringComparison.Ordinal);
        await Shot(page, "plan-ca.png");
    }

    [ChromiumFact]
    public async Task Design_page_shows_errors_beside_the_fields_then_the_front_its_check_and_the_pareto_chart()
    {
        IPage page = await _server.PageAsync("es-ES");
        await page.GotoAsync("/");
        await page.ClickAsync("#nav-design");
        await page.FillAsync("#levers", "call.budgetEuro=1:2");
        await page.FillAsync("#population", "cuatro");
        await page.ClickAsync("#design");
        Assert.StartsWith("--lever call.budgetEuro=1:2", await page.InnerTextAsync("#levers-error"), StringComparison.Ordinal);
        Assert.Contains("«cuatro»", await page.InnerTextAsync("#population-error"), StringComparison.Ordinal);

        // A design small enough for a test, typed into the form: two levers, the shipped objectives and constraints.
        await page.FillAsync("#levers", "call.budgetEur=1000000:4000000\ncall.maxSubsidisedMonths=6:12:int");
        // With 4 replicates (2 parameter draws) a risk cannot be met cautiously: the lever's constraint alone.
        await page.FillAsync("#constraints", "call.budgetEur<=3500000");
        await page.FillAsync("#population", "4");
        await page.FillAsync("#generations", "1");
        await page.FillAsync("#replicates", "4");
        await page.ClickAsync("#design");
        await page.WaitForSelectorAsync("#design-front", new() { Timeout = 300_000 });
        Assert.Contains("Comprobación con la semilla 1001 y 8 réplicas", await page.InnerTextAsync("#design-check"), StringComparison.Ordinal);
        Assert.True(await page.Locator("#design-front tr").CountAsync() > 1, "an empty front");
        Assert.StartsWith("La convocatoria propia del escenario, con las semillas de la comprobación: max:insertionsCausedByCall",
            await page.InnerTextAsync("#design-scenario-call"), StringComparison.Ordinal);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('img.chart')].some(i => i.complete && i.naturalWidth > 300)");
        string downloads = await page.InnerTextAsync("#downloads");
        foreach (string file in new[] { "design.json", "design.csv", "design.xlsx", "report.html" }) Assert.Contains(file, downloads, StringComparison.Ordinal);
        await Shot(page, "design-es.png");
    }

    [ChromiumFact]
    public async Task Upload_a_register_then_project_it_from_an_as_of_date_and_read_when_it_runs_out()
    {
        IPage page = await ReplayTheSampleRegisterAsync("es-ES", "#project-form");
        await page.FillAsync("#as-of", "1 de febrero");
        await page.ClickAsync("#project");
        Assert.Contains("«1 de febrero»", await page.InnerTextAsync("#as-of-error"), StringComparison.Ordinal);
        await page.FillAsync("#as-of", "01/02/2023");
        await page.FillAsync("#project-replicates", "4");
        await page.ClickAsync("#project");
        await page.WaitForSelectorAsync("#projection-summary", new() { Timeout = 300_000 });
        Assert.Contains("sin gastar al final", await page.InnerTextAsync("#projection-left"), StringComparison.Ordinal);
        Assert.Contains("P10", await page.InnerTextAsync("#projection-runs-out"), StringComparison.Ordinal);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('img.chart')].some(i => i.complete && i.naturalWidth > 300)");
        string downloads = await page.InnerTextAsync("#downloads");
        foreach (string file in new[] { "projection.json", "projection.csv", "projection.xlsx", "report.html" }) Assert.Contains(file, downloads, StringComparison.Ordinal);
        await Shot(page, "projection-es.png");
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(TestPaths.Root, "docs", "screenshots", name), FullPage = true });

    /// <summary>The app on a free loopback port, its own data folder, and one headless Chromium.</summary>
    public sealed class Server : IAsyncLifetime
    {
        private readonly WebSilo _silo = new();
        private WebApplication? _app;
        private IPlaywright? _playwright;
        private IBrowser? _browser;
        private string _url = "";

        public string Url => _url;

        public async Task InitializeAsync()
        {
            if (Chromium.Path is null) return;
            await _silo.InitializeAsync();
            _url = $"http://127.0.0.1:{FreePort()}";
            _app = await WebApp.StartAsync(WebSilo.Options(TestPaths.TempDir()) with { Urls = _url }, _silo.Engine);
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.Path, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        }

        public async Task<IPage> PageAsync(string locale)
        {
            IBrowserContext context = await _browser!.NewContextAsync(new() { Locale = locale, BaseURL = _url, ViewportSize = new() { Width = 1280, Height = 900 } });
            return await context.NewPageAsync();
        }

        public async Task DisposeAsync()
        {
            if (_browser is not null) await _browser.DisposeAsync();
            _playwright?.Dispose();
            if (_app is not null) await _app.DisposeAsync();
            await _silo.DisposeAsync();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
