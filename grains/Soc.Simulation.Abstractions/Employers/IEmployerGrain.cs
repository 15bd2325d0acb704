using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Abstractions.Employers;

/// <summary>One contracting entity in one call (key: "{callId}/{employer id}"): applies for its hires and keeps its de minimis book.</summary>
[Alias("Soc.IEmployerGrain")]
public interface IEmployerGrain : IGrainWithStringKey
{
    /// <summary>Files applications for this employer's hires with the call.</summary>
    [Alias("Apply")]
    Task ApplyAsync(Immutable<Application[]> applications);

    /// <summary>Books what the call decided for this employer's grants; rejects a change that breaks its caps.</summary>
    /// <remarks>Interleaves: the call may report grants while an Apply of this employer waits on the call.</remarks>
    [Alias("RecordGrants"), AlwaysInterleave]
    Task RecordGrantsAsync(EmployerTerms terms, Immutable<EmployerGrantChange[]> changes);

    /// <summary>Deactivates the employer's book once its call run is over.</summary>
    [Alias("Close")]
    Task CloseAsync();

    /// <summary>The employer's de minimis total and participant count in the call.</summary>
    [Alias("GetBook")]
    Task<EmployerBook> GetBookAsync();
}
