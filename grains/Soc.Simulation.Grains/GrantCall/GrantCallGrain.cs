using Orleans.Placement;
using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.Employers;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Abstractions;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.GrantCall;

namespace Soc.Simulation.Grains.GrantCall;

/// <summary>
/// Holds the call's <see cref="GrantCallEngine"/>. After each clock move it sends the new postings to the
/// budget line grains (one batch per line) and the grant changes to the employer grains (one batch per
/// employer), in a fixed order, so every book outside this grain follows the decisions.
/// </summary>
// Activated on the silo of the grain that first calls it: a replicate's calls stay in one process.
[PreferLocalPlacement]
public sealed class GrantCallGrain(IGrainFactory grains) : Grain, IGrantCallGrain
{
    private GrantCallEngine? _engine;
    private CallParameters? _call;
    private int _postingsSent;

    public Task OpenAsync(CallParameters call)
    {
        if (_engine is not null)
        {
            throw new InvalidOperationException($"call {this.GetPrimaryKeyString()} is already open");
        }

        _call = call;
        _engine = new GrantCallEngine(call);
        return Task.CompletedTask;
    }

    public Task RegisterAsync(Immutable<Application[]> applications)
    {
        Engine.Register(applications.Value);
        return Task.CompletedTask;
    }

    public async Task<CallStatus> AdvanceThroughAsync(DateOnly day)
    {
        Engine.AdvanceThrough(day);
        await PublishAsync();
        return Engine.Status;
    }

    public async Task<CallSummary> FinishAsync()
    {
        Engine.RunToEnd();
        await PublishAsync();
        return DirectReplay.Summary(Engine, _call!);
    }

    public async Task CloseAsync()
    {
        string callId = this.GetPrimaryKeyString();
        var closing = new List<Task>();
        if (_call is not null)
        {
            closing.AddRange(_call.BudgetLines.Select(l => grains.GetGrain<IBudgetLineGrain>(GrainKeys.Child(callId, l.Code)).CloseAsync()));
        }

        if (_engine is not null)
        {
            closing.AddRange(_engine.EmployerIds.Select(e => grains.GetGrain<IEmployerGrain>(GrainKeys.Child(callId, e)).CloseAsync()));
        }

        await Task.WhenAll(closing);
        DeactivateOnIdle();
    }

    public Task<Immutable<AwardDecision[]>> GetDecisionsAsync() => Task.FromResult(Engine.Decisions().ToArray().AsImmutable());

    private GrantCallEngine Engine =>
        _engine ?? throw new InvalidOperationException($"call {this.GetPrimaryKeyString()} is not open");

    private async Task PublishAsync()
    {
        string callId = this.GetPrimaryKeyString();
        IReadOnlyList<LedgerPosting> postings = Engine.Budget.Postings;
        LedgerPosting[] fresh = [.. postings.Skip(_postingsSent)];
        _postingsSent = postings.Count;

        var sends = new List<Task>();
        foreach (IGrouping<string, LedgerPosting> line in fresh.GroupBy(p => p.Line).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sends.Add(grains.GetGrain<IBudgetLineGrain>(GrainKeys.Child(callId, line.Key)).PostAsync(line.ToArray().AsImmutable()));
        }

        foreach (IGrouping<string, (string EmployerId, EmployerGrantChange Change)> employer in Engine.DrainEmployerChanges()
                     .GroupBy(c => c.EmployerId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            EmployerGrantChange[] changes = [.. employer.Select(c => c.Change)];
            sends.Add(grains.GetGrain<IEmployerGrain>(GrainKeys.Child(callId, employer.Key)).RecordGrantsAsync(Engine.TermsOf(employer.Key), changes.AsImmutable()));
        }

        await Task.WhenAll(sends);
    }
}
