namespace Soc.Simulation.Abstractions.Employers;

/// <summary>
/// One contracting entity across a run's calls (key: "{run}/{employer id}"), the authority over its de minimis aid
/// (A6, B9, I5) and its participants in each call (B4): a call asks it before its grants count.
/// </summary>
[Alias("Soc.IEmployerGrain")]
public interface IEmployerGrain : IGrainWithStringKey
{
    /// <summary>Every grant the employer holds in the run's calls, and the version that moves with each record.</summary>
    [Alias("GetAid")]
    Task<EmployerAid> GetAidAsync();

    /// <summary>
    /// Records a call's changes to its grants if, afterwards, the employer stays within that call's terms on the day and,
    /// when a change raises its aid, the call read the current version; else records none of them and says why.
    /// </summary>
    [Alias("CheckAndRecord")]
    Task<AuthorityAnswer> CheckAndRecordAsync(string callId, EmployerTerms terms, DateOnly day, int expectedVersion, Immutable<EmployerGrantChange[]> changes);
}
