using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Client.Cli;
using Soc.Simulation.Client.Experiments;
using Soc.Simulation.Client.Web;
using Microsoft.Extensions.Hosting;
using Soc.Simulation.Hosting;
using Soc.Simulation.Web;
using Soc.Simulation.Web.Hosting;
using Soc.Simulation.Model;

namespace Soc.Simulation.Client.Commands;

/// <summary><c>socsim serve</c>: the web app and HTTP API (client/Soc.Simulation.Web) on a silo in this process or a cluster.</summary>
public sealed class ServeCommand : SocSimCommand
{
    private readonly Option<string> _urls = new("--urls")
    {
        Description = "Where to listen; loopback only unless an API key is set.",
        HelpName = "http://host:port",
        DefaultValueFactory = _ => "http://127.0.0.1:5080",
    };

    private readonly Option<string> _data = new("--data")
    {
        Description = "The folder of the app's SQLite database (runs, their files, saved scenarios).",
        HelpName = "dir",
        DefaultValueFactory = _ => "socsim-data",
    };

    private readonly Option<string?> _scenarios = new("--scenarios")
    {
        Description = "The folder of shipped scenarios (default: scenarios/ here or above the program).",
        HelpName = "dir",
    };

    private readonly Option<string?> _apiKey = new("--api-key")
    {
        Description = $"The key every API call (X-Api-Key header) and page (sign-in) needs; required to listen beyond loopback. Or set {WebOptions.ApiKeyVariable}.",
        HelpName = "key",
    };

    private readonly Option<int> _workers = CommonOptions.WholeNumber("--workers", 1, 1, 8, "Runs executed at once; the others wait in the queue.", "n");

    private readonly Option<string?> _cluster = new("--cluster")
    {
        Description = "Run the replicates on a cluster of silos found through Redis: redis://host:port[?cluster=ID&service=ID].",
        HelpName = "redis://host:port",
    };

    public override string Name => "serve";

    public override string Summary => "Serve the web app and HTTP API: scenarios, runs, results, compare, the call register.";

    public override string? Details =>
        "Pages in Catalan, Spanish and English; the API under /api (OpenAPI document at /openapi/v1.json). Runs are queued,\n" +
        "stored in SQLite under --data with their files, and keyed by their inputs. Ctrl+C stops it; a restart keeps every run.";

    public override IReadOnlyList<string> Examples =>
    [
        "socsim serve",
        "socsim serve --urls http://127.0.0.1:5080 --data socsim-data",
        "SOCSIM_API_KEY=s3cret socsim serve --urls http://0.0.0.0:5080",
        "socsim serve --cluster redis://127.0.0.1:6379",
    ];

    public override void Define(Command command)
    {
        command.Add(_urls);
        command.Add(_data);
        command.Add(_scenarios);
        command.Add(_apiKey);
        command.Add(_workers);
        command.Add(_cluster);
    }

    public override bool StopsOnCancel(ParseResult parsed) => true;

    public override async Task<int> RunAsync(ParseResult parsed, CommandIo io)
    {
        WebOptions options = OptionsOf(parsed);
        // Everything the user gave is checked before the silo starts.
        Binding.Check(options.Urls, options.ApiKey);
        string? cluster = parsed.GetValue(_cluster);
        await using ReplicateRunner runner = await ReplicateRunner.StartAsync(Backend.From("orleans", cluster));
        await using var app = await WebApp.StartAsync(options, new SimulationEngine(runner));
        io.Out.WriteLine($"socsim serve: listening on {options.Urls} ({(cluster is null ? "embedded silo" : ClusterAddress.Parse(cluster).Display)}; data in {Path.GetFullPath(options.DataDirectory)}); Ctrl+C stops it");
        Task warm = WarmUpAsync(runner, options.ScenarioDirectory, io);
        // Ctrl+C and SIGTERM stop the app through its host's lifetime (a test stops it through io.Cancel); runs in
        // flight are queued again at the next start.
        await app.WaitForShutdownAsync(io.Cancel);
        await warm;
        return ExitCodes.Done;
    }

    /// <summary>
    /// A first run in a fresh process also pays for compiling the model and the grains (measured: about 1.5 s of the
    /// 7 s a 40-replicate Barcelona run took to its first replicate). Two tiny Barcelona replicates, run as soon as the
    /// app listens, pay it while nobody waits. Their results are thrown away; a failure here is a later run's to report.
    /// </summary>
    private static async Task WarmUpAsync(ReplicateRunner runner, string scenarios, CommandIo io)
    {
        string barcelona = Path.Combine(scenarios, "barcelona-2023.json");
        if (!File.Exists(barcelona)) return;
        var clock = Stopwatch.StartNew();
        try
        {
            Scenario tiny = ScenarioFile.Load(barcelona, ["population.monthlyArrivals=20"]);
            await runner.RunAsync(tiny, 0, 2, new Progress(TextWriter.Null, false), io.Cancel);
            io.Out.WriteLine($"socsim serve: warmed up in {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        }
        catch (Exception e) when (e is OperationCanceledException or InputException or ExperimentFailedException or OrleansException)
        {
            // Stopped before it finished, or the scenario folder's Barcelona is not the shipped one: nothing to warm.
        }
    }

    public WebOptions OptionsOf(ParseResult parsed) => new()
    {
        Urls = parsed.GetValue(_urls)!,
        DataDirectory = parsed.GetValue(_data)!,
        ScenarioDirectory = parsed.GetValue(_scenarios) ?? FindScenarios(),
        ApiKey = parsed.GetValue(_apiKey) ?? (Environment.GetEnvironmentVariable(WebOptions.ApiKeyVariable) is { Length: > 0 } key ? key : null),
        Workers = parsed.GetValue(_workers),
    };

    /// <summary>scenarios/ in the current folder or above the program (a clone run with dotnet run).</summary>
    public static string FindScenarios()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "scenarios");
                if (File.Exists(Path.Combine(candidate, "30plus-2023.json"))) return candidate;
            }
        }

        throw new InputException("socsim serve: no scenarios/ folder here or above the program; give --scenarios DIR");
    }
}
