using System.Diagnostics;
using System.Globalization;
using Orleans.Concurrency;
using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Client.Hosting;
using Soc.Simulation.Model.Portfolio;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Grains.Register;

namespace Soc.Simulation.Benchmarks;

/// <summary>A portfolio's replay: the Model alone (<see cref="PortfolioEngine"/>) against the portfolio grain on an embedded silo.</summary>
public static class PortfolioBenchmark
{
    public static void Run(string portfolioFile) => RunAsync(portfolioFile).GetAwaiter().GetResult();

    /// <summary>One register through the grains (a portfolio of one call: line and employer grains as authorities) against the Model alone.</summary>
    public static async Task RegisterAsync(Scenario scenario, IReadOnlyList<Application> register, string label, int rounds)
    {
        DirectReplay.Run(scenario, register);
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < rounds; i++) DirectReplay.Run(scenario, register);
        double direct = clock.Elapsed.TotalSeconds / rounds;
        double grains;
        await using (EmbeddedSilo silo = await EmbeddedSilo.StartAsync())
        {
            await GrainReplay.RunAsync(silo.Grains, scenario, register, $"warm-{label}");
            clock.Restart();
            for (int i = 0; i < rounds; i++) await GrainReplay.RunAsync(silo.Grains, scenario, register, $"{label}-{i}");
            grains = clock.Elapsed.TotalSeconds / rounds;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"register replay {label} ({register.Count} applications): direct {direct * 1000:0.0} ms, grains {grains * 1000:0.0} ms, replay_grains_vs_direct_{label}={grains / direct:0.00}x"));
    }

    private static async Task RunAsync(string portfolioFile)
    {
        LoadedPortfolio loaded = PortfolioFile.Load(portfolioFile);
        CallRegister[] registers = [.. loaded.Portfolio.Calls.Select(c => new CallRegister(c.Id, [.. RegisterReader.ReadFile(loaded.Registers[c.Id])]))];
        int applications = registers.Sum(r => r.Applications.Length);
        const int rounds = 10;
        PortfolioEngine.Run(loaded.Portfolio, registers);
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < rounds; i++) PortfolioEngine.Run(loaded.Portfolio, registers);
        double direct = clock.Elapsed.TotalSeconds / rounds;

        double grains;
        await using (EmbeddedSilo silo = await EmbeddedSilo.StartAsync())
        {
            await silo.Grains.GetGrain<IPortfolioGrain>("warm").RunAsync(loaded.Portfolio, registers.AsImmutable());
            clock.Restart();
            for (int i = 0; i < rounds; i++) await silo.Grains.GetGrain<IPortfolioGrain>($"p{i}").RunAsync(loaded.Portfolio, registers.AsImmutable());
            grains = clock.Elapsed.TotalSeconds / rounds;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"portfolio replay of {loaded.Portfolio.Calls.Count} calls, {applications} applications: direct {direct * 1000:0.0} ms, grains {grains * 1000:0.0} ms, portfolio_grains_vs_direct={grains / direct:0.00}x"));
    }

}
