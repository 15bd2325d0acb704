
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Analysis.Planning;

namespace Soc.Simulation.Web.Engine;

/// <summary>
/// What the web app asks of whoever hosts it: run a job and give back its output files, written by the same
/// functions as the command line's (so results.json is byte-identical). The socsim client implements it over its
/// replicate runner (embedded silo or cluster); the web app never runs replicates itself.
/// </summary>
public interface ISimulationEngine
{
    /// <summary>
    /// Runs the job; <paramref name="progress"/> hears how far it is. Cancelling stops the work (no replicate starts
    /// after it) and throws <see cref="OperationCanceledException"/>. Returns the files by name.
    /// </summary>
    Task<IReadOnlyDictionary<string, byte[]>> RunAsync(EngineJob job, RunProgress progress, CancellationToken cancel);
}

/// <summary>
/// What a running job tells the web app: (done, total) replicates, and for Monte Carlo runs the partial results —
/// results.json's summary over the replicates done so far (n of N), shown, marked partial, until the final file.
/// </summary>
public sealed record RunProgress(Action<int, int> Count, Action<PartialResults> Partial);

/// <summary>The summary of the first <paramref name="Done"/> of <paramref name="Total"/> replicates, in results.json's format.</summary>
public sealed record PartialResults(int Done, int Total, byte[] Json);

/// <summary>A job for the engine: the scenarios are already read and validated.</summary>
public abstract record EngineJob(ulong Seed, int Replicates);

/// <summary>Monte Carlo replicates of one policy scenario (socsim run).</summary>
public sealed record ExperimentJob(Scenario Scenario, ulong Seed, int Replicates) : EngineJob(Seed, Replicates);

/// <summary>A base and its alternatives with common random numbers (socsim compare).</summary>
public sealed record ComparisonJob(IReadOnlyList<Scenario> Scenarios, ulong Seed, int Replicates) : EngineJob(Seed, Replicates);

/// <summary>A register of applications replayed through the call (socsim run --registry).</summary>
public sealed record ReplayJob(Scenario Scenario, IReadOnlyList<Abstractions.GrantCall.Application> Applications, string RegisterName) : EngineJob(0, 0);

/// <summary>Goal-seeking one lever of a policy scenario (socsim plan).</summary>
public sealed record PlanJob(PlanRequest Request) : EngineJob(Request.Seed, Request.Replicates);

/// <summary>Several levers of a policy scenario at once under constraints (socsim design).</summary>
public sealed record DesignJob(Analysis.Design.DesignRequest Request) : EngineJob(Request.Seed, Request.Replicates);

/// <summary>A running call's register projected from an as-of day (socsim project).</summary>
public sealed record ProjectionJob(Scenario Scenario, IReadOnlyList<Abstractions.GrantCall.Application> Applications, DateOnly AsOf, ulong Seed, int Replicates) : EngineJob(Seed, Replicates);
