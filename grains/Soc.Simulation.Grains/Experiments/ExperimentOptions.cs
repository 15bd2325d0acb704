namespace Soc.Simulation.Grains.Experiments;

/// <summary>
/// How experiments ride out a lost silo and how long they are kept (Silo:ReplicateRetryLimit and
/// Silo:ExperimentRetention in the silo's settings).
/// </summary>
/// <param name="RetryLimit">How long a replicate that fails because a silo or the storage is unreachable is run
/// again, counted from its first failure, before the experiment fails.</param>
/// <param name="Retention">How long a finished experiment (complete or failed) is kept before it is deleted.</param>
public sealed record ExperimentOptions(TimeSpan RetryLimit, TimeSpan Retention);
