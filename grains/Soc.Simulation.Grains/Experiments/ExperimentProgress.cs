using Soc.Simulation.Abstractions.Experiments;

namespace Soc.Simulation.Grains.Experiments;

/// <summary>What an experiment has done so far, as stored: small, so it can be written after every replicate.</summary>
[GenerateSerializer, Alias("Soc.ExperimentProgress")]
public sealed class ExperimentProgress
{
    /// <summary>Done[r] once replicate r's result is stored.</summary>
    [Id(0)] public bool[] Done { get; set; } = [];

    [Id(1)] public int Resumes { get; set; }

    [Id(2)] public int Retries { get; set; }

    /// <summary>Why the experiment failed, if it did: one line for the user.</summary>
    [Id(3)] public string? Error { get; set; }

    /// <summary>When it completed or failed (UTC, the wall clock): it is deleted once the retention has passed.</summary>
    [Id(4)] public DateTime? Finished { get; set; }

    public int DoneCount => Done.Count(d => d);
}

/// <summary>The plan, stored once when the experiment starts.</summary>
[GenerateSerializer, Alias("Soc.StoredPlan")]
public sealed class StoredPlan
{
    [Id(0)] public ExperimentPlan? Plan { get; set; }
}
