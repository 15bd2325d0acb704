using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Soc.Simulation.Web.Hosting;
using Soc.Simulation.Model;

namespace Soc.Simulation.Tests.Web;

/// <summary>Loopback by default, the API key, antiforgery, escaping and upload limits: one test each.</summary>
[Collection(WebCollection.Name)]
public partial class WebSecurityTests(WebSilo silo)
{
    [Fact]
    public async Task Listening_beyond_loopback_without_an_api_key_is_refused_with_how_to_set_one()
    {
        var e = Assert.Throws<InputException>(() => Binding.Check("http://0.0.0.0:5080", null));
        Assert.Contains("--api-key", e.Message, StringComparison.Ordinal);
        Assert.Contains(WebOptions.ApiKeyVariable, e.Message, StringComparison.Ordinal);
        Binding.Check("http://127.0.0.1:5080;http://localhost:5081;http://[::1]:5082", null);
        Binding.Check("http://0.0.0.0:5080", "key");
        // The command refuses before it starts anything: exit code 2, one line.
        var (exit, _, err) = await Cli.SocSimRunner.RunAsync("serve", "--urls", "http://0.0.0.0:5999", "--data", TestPaths.TempDir());
        Assert.Equal(2, exit);
        Assert.Contains("not a loopback address", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_api_key_the_api_and_the_pages_need_it()
    {
        await using var app = new WebFactory(WebSilo.Options(TestPaths.TempDir(), apiKey: "s3cret"), silo.Engine);
        HttpClient client = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/scenarios")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/scenarios");
        request.Headers.Add("X-Api-Key", "s3cret");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/scenarios");
        wrong.Headers.Add("X-Api-Key", "guess");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        await using var app = new WebFactory(WebSilo.Options(TestPaths.TempDir()), silo.Engine);
        HttpClient client = app.CreateClient();
        HttpResponseMessage r = await client.PostAsync("/?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string> { ["Scenario"] = "barcelona-2023", ["SaveName"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
    }

    [Fact]
    public async Task User_text_is_escaped_in_the_pages()
    {
        await using var app = new WebFactory(WebSilo.Options(TestPaths.TempDir()), silo.Engine);
        HttpClient client = app.CreateClient();
        string form = await client.GetStringAsync("/?scenario=barcelona-2023&lang=en");
        string token = Token().Match(form).Groups[1].Value;
        const string name = "<script>alert('x')</script>";
        HttpResponseMessage saved = await client.PostAsync("/?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Scenario"] = "barcelona-2023", ["SaveName"] = name, ["Values[call.budgetEur]"] = "3,000,000",
        }));
        string page = await saved.Content.ReadAsStringAsync();
        Assert.True(saved.IsSuccessStatusCode, page);
        Assert.DoesNotContain(name, page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        // The saved scenario differs from its base by the budget only, and the API lists it.
        Assert.Contains("call.budgetEur", page, StringComparison.Ordinal);
        using var scenarios = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/scenarios"));
        Assert.Contains(scenarios.RootElement.EnumerateArray(), s => s.GetProperty("id").GetString() == name);
    }

    [Fact]
    public async Task A_register_upload_over_the_size_or_row_limit_gets_a_clear_message()
    {
        WebOptions small = WebSilo.Options(TestPaths.TempDir()) with { MaxUploadBytes = 10_000, MaxRegisterRows = 10 };
        await using var app = new WebFactory(small, silo.Engine);
        HttpClient client = app.CreateClient();
        string[] lines = File.ReadAllLines(TestPaths.SampleRegister);

        async Task<string> Upload(string text)
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), "register", "../../reg.csv" } };
            HttpResponseMessage r = await client.PostAsync("/api/replays", form);
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            return (await r.Content.ReadFromJsonAsync<Soc.Simulation.Web.Api.ApiError>())!.Error;
        }

        Assert.Contains("the largest the app takes is", await Upload(string.Join('\n', lines)), StringComparison.Ordinal);
        // Under the size limit but over the rows: the message counts them; the name is the file's alone, not the path sent.
        string rows = await Upload(string.Join('\n', lines.Take(31)));
        Assert.StartsWith("reg.csv: the register has 30 applications; the most the app takes is 10", rows, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
