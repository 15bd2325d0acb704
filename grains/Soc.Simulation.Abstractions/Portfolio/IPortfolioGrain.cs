namespace Soc.Simulation.Abstractions.Portfolio;

/// <summary>
/// One replay of a portfolio (key: the run id, no '/'): opens the lines of each year and the calls, and moves the
/// portfolio's clock, giving each call its turn on each day in the listed order (the same order as the Model's).
/// </summary>
[Alias("Soc.IPortfolioGrain")]
public interface IPortfolioGrain : IGrainWithStringKey
{
    /// <summary>Decides every call's register and returns what the calls, lines and employers hold at the end.</summary>
    [Alias("Run")]
    Task<Immutable<PortfolioResult>> RunAsync(Portfolio portfolio, Immutable<CallRegister[]> registers);
}
