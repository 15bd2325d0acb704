using Orleans.Placement;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions;
using Soc.Simulation.Abstractions.Employers;
using Soc.Simulation.Model.Employers;

namespace Soc.Simulation.Grains.Employers;

/// <summary>
/// An employer in a call. It files its applications with the call grain and keeps its own de minimis book
/// (A6) and participant count (B4) from the grants and terms the call reports, refusing any change that would break
/// them: a second check on the call's decisions.
/// </summary>
// Activated on the silo of the grain that first calls it: a replicate's calls stay in one process.
[PreferLocalPlacement]
public sealed class EmployerGrain(IGrainFactory grains) : Grain, IEmployerGrain
{
    private EmployerLedger? _ledger;

    public async Task ApplyAsync(Immutable<Application[]> applications)
    {
        (string callId, string employerId) = GrainKeys.Split(this.GetPrimaryKeyString());
        foreach (Application a in applications.Value)
        {
            if (a.EmployerId != employerId)
            {
                throw new ArgumentException($"application {a.ApplicationId} belongs to employer {a.EmployerId}, not {employerId}");
            }
        }

        await grains.GetGrain<IGrantCallGrain>(callId).RegisterAsync(applications);
    }

    public Task RecordGrantsAsync(EmployerTerms terms, Immutable<EmployerGrantChange[]> changes)
    {
        string employerId = GrainKeys.Split(this.GetPrimaryKeyString()).LocalId;
        EmployerLedger ledger = _ledger ??= new EmployerLedger(employerId, terms.PriorDeMinimisEur, terms.CapEur, terms.MaxParticipants);
        foreach (EmployerGrantChange change in changes.Value)
        {
            ledger.Set(change.ApplicationId, change.GrantEur);
        }

        return Task.CompletedTask;
    }

    public Task CloseAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task<EmployerBook> GetBookAsync() =>
        Task.FromResult(_ledger?.ToBook() ?? new EmployerBook(GrainKeys.Split(this.GetPrimaryKeyString()).LocalId, 0m, 0m, 0m, 0));
}
