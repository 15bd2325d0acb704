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
        (double direct, double grains) = await AlternatingAsync(rounds,
            () => DirectReplay.Run(scenario, register),
            (silo, key) => GrainReplay.RunAsync(silo.Grains, scenario, register, $"{label}-{key}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"register replay {label} ({register.Count} applications, median of {rounds}): direct {direct * 1000:0.0} ms, grains {grains * 1000:0.0} ms, replay_grains_vs_direct_{label}={grains / direct:0.00}x"));
    }

    private static async Task RunAsync(string portfolioFile)
    {
        LoadedPortfolio loaded = PortfolioFile.Load(portfolioFile);
        CallRegister[] registers = [.. loaded.Portfolio.Calls.Select(c => new CallRegister(c.Id, [.. RegisterReader.ReadFile(loaded.Registers[c.Id])]))];
        int applications = registers.Sum(r => r.Applications.Length);
        const int rounds = 15;
        (double direct, double grains) = await AlternatingAsync(rounds,
            () => PortfolioEngine.Run(loaded.Portfolio, registers),
            (silo, key) => silo.Grains.GetGrain<IPortfolioGrain>($"p{key}").RunAsync(loaded.Portfolio, registers.AsImmutable()));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"portfolio replay of {loaded.Portfolio.Calls.Count} calls, {applications} applications (median of {rounds}): direct {direct * 1000:0.0} ms, grains {grains * 1000:0.0} ms, portfolio_grains_vs_direct={grains / direct:0.00}x"));
    }

    /// <summary>
    /// The medians of the two paths' times, in seconds, their rounds alternating after a few warm-up rounds of each: what
    /// the machine does meanwhile (the JIT's second tier, another process) falls on both alike, and one slow round does
    /// not move a median as it moves a mean. A full collection before each timed round leaves neither path collecting
    /// the other's garbage.
    /// </summary>
    private static async Task<(double Direct, double Grains)> AlternatingAsync<T>(int rounds, Func<object> direct, Func<EmbeddedSilo, string, Task<T>> grains)
    {
        const int warmUp = 3;
        var directTimes = new List<double>();
        var grainTimes = new List<double>();
        await using EmbeddedSilo silo = await EmbeddedSilo.StartAsync();
        var clock = new Stopwatch();
        for (int i = 0; i < warmUp + rounds; i++)
        {
            Collect();
            clock.Restart();
            direct();
            double d = clock.Elapsed.TotalSeconds;
            Collect();
            clock.Restart();
            await grains(silo, i.ToString(CultureInfo.InvariantCulture));
            double g = clock.Elapsed.TotalSeconds;
            if (i < warmUp) continue;
            directTimes.Add(d);
            grainTimes.Add(g);
        }

        return (Median(directTimes), Median(grainTimes));
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static double Median(List<double> times) => MathNet.Numerics.Statistics.Statistics.Median(times);
}
