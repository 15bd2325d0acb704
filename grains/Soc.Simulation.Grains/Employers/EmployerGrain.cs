using Orleans.Placement;
using Soc.Simulation.Abstractions;
using Soc.Simulation.Abstractions.Employers;
using Soc.Simulation.Model.Employers;

namespace Soc.Simulation.Grains.Employers;

/// <summary>An employer across a run's calls: its <see cref="EmployerAccount"/> is the only record of its de minimis aid, and it refuses what breaks a call's terms.</summary>
// Activated on the silo of the grain that first calls it: a run's calls stay in one process.
[PreferLocalPlacement]
// A run's employers are many and idle once it is over: collected after two idle minutes, not closed one by one.
[CollectionAgeLimit(Minutes = 2)]
public sealed class EmployerGrain : Grain, IEmployerGrain
{
    private EmployerAccount? _account;

    private EmployerAccount Account => _account ??= new EmployerAccount(GrainKeys.Split(this.GetPrimaryKeyString()).LocalId);

    public Task<EmployerAid> GetAidAsync() => Task.FromResult(Account.ToAid());

    public Task<AuthorityAnswer> CheckAndRecordAsync(string callId, EmployerTerms terms, DateOnly day, int expectedVersion, Immutable<EmployerGrantChange[]> changes)
    {
        // Only a grant that raises the employer's aid rests on what the call read of the others' aid; an early end or a
        // renunciation lowers it and stands whatever others did meanwhile.
        string? refusal = expectedVersion != Account.Version && Account.Raises(callId, changes.Value)
            ? $"call {callId} read version {expectedVersion} of employer {Account.EmployerId}, which is at {Account.Version}: another call has changed its aid since"
            : Account.TryRecord(callId, terms, day, changes.Value);
        return Task.FromResult(new AuthorityAnswer(refusal is null, refusal, Account.Version));
    }
}
