using Orleans.Placement;
using Soc.Simulation.Abstractions;
using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.Employers;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Model.Budget;
using Soc.Simulation.Model.Employers;
using Soc.Simulation.Model.GrantCall;
using Soc.Simulation.Model.Portfolio;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Model.Promoters;
using Soc.Simulation.Abstractions.Promoters;

namespace Soc.Simulation.Grains.GrantCall;

/// <summary>
/// Holds the call's <see cref="GrantCallEngine"/>, which decides with what the call last read from its authorities:
/// the lines of its fiscal year and its employers' aid from other calls. What the call shares with other calls of its
/// portfolio (employers that also apply elsewhere, lines another call or a programme charges) it settles with their
/// grains at the end of each turn, and each may refuse: a refusal fails the turn, so no grant stands without both yeses.
/// What it does not share has no other caller, so its own books hold it and it settles the lines when it finishes.
/// A call alone (a register's replay) shares nothing with anyone: no other call charges its lines or grants to its employers, so
/// its own books are the only ones, as with the Model alone, and no line or employer grain is involved.
/// Turns never overlap (the portfolio grain gives them one at a time), so what a call read is what its authorities hold
/// unless another call's turn changed it, and then the news of its next turn says so and it reads again.
/// </summary>
// Activated on the silo of the grain that first calls it: a run's calls stay in one process.
[PreferLocalPlacement]
public sealed class GrantCallGrain(IGrainFactory grains) : Grain, IGrantCallGrain
{
    private readonly DeMinimisRegister _otherAid = new();
    private readonly Dictionary<string, int> _employerVersions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LineYearReading> _lines = new(StringComparer.Ordinal);

    // The aid of the employers this call alone deals with: it is their only caller, so it keeps their accounts.
    private readonly DeMinimisRegister _ownAid = new();
    private readonly HashSet<string> _sharedEmployers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sharedLines = new(StringComparer.Ordinal);

    // The promoters of the year another call lists too (I2), read from their grains; the others' places are in the engine.
    private readonly Dictionary<string, PromoterYearReading> _promoters = new(StringComparer.Ordinal);
    private readonly HashSet<string> _toRead = new(StringComparer.Ordinal);

    // Shared employers' grant changes not settled yet, in the order made: settled when a call that may grant is about to
    // read them (the portfolio grain asks), or when the call finishes.
    private readonly Dictionary<string, List<EmployerGrantChange>> _keptShared = new(StringComparer.Ordinal);
    private GrantCallEngine? _engine;
    private CallParameters? _call;
    private int _fiscalYear;
    private bool _alone;

    private string RunId => GrainKeys.Split(this.GetPrimaryKeyString()).RunId;

    private string CallId => GrainKeys.Split(this.GetPrimaryKeyString()).LocalId;

    public async Task OpenAsync(CallParameters call, int fiscalYear, bool alone)
    {
        if (_engine is not null) throw new InvalidOperationException($"call {this.GetPrimaryKeyString()} is already open");
        (_call, _fiscalYear, _alone) = (call, fiscalYear, alone);
        if (alone)
        {
            _engine = new GrantCallEngine(call);
            return;
        }

        foreach (BudgetLineSpec spec in call.BudgetLines)
        {
            LineBalanceReading read = await Line(spec.Code).GetBalanceAsync();
            _lines.Add(spec.Code, new LineYearReading(Totals(read), read.Version));
        }

        _engine = NewEngine();
    }

    private GrantCallEngine NewEngine() => new(_call!, new CallAuthorities(CallId, _otherAid.SeenBy(CallId),
        new FiscalYearLines(_fiscalYear, [.. _call!.BudgetLines.Select(l => (l.Code, (ILineYearBook)_lines[l.Code]))]),
        _promoters.ToDictionary(p => p.Key, p => (IPromoterBook)p.Value, StringComparer.Ordinal)));

    public Task RegisterAsync(Immutable<Application[]> applications)
    {
        Engine.Register(applications.Value);
        return Task.CompletedTask;
    }

    public async Task ShareAsync(Immutable<CallSharing> sharing)
    {
        if (_alone) throw new InvalidOperationException($"call {this.GetPrimaryKeyString()} is alone: it shares nothing");
        _sharedEmployers.UnionWith(sharing.Value.Employers);
        _sharedLines.UnionWith(sharing.Value.Lines.Select(GrainKeys.SplitLineYear).Where(l => l.Year == _fiscalYear).Select(l => l.Code));
        string[] promoters = [.. sharing.Value.Promoters.Select(GrainKeys.SplitLineYear).Where(p => p.Year == _fiscalYear).Select(p => p.Code)];
        if (promoters.Length == 0) return;
        if (Engine.RegisteredCount > 0) throw new InvalidOperationException($"call {this.GetPrimaryKeyString()} was told what it shares after its registrations");
        PlacesReading[] read = await Task.WhenAll(promoters.Select(id => Promoter(id).GetPlacesAsync()));
        for (int i = 0; i < promoters.Length; i++) _promoters[promoters[i]] = new PromoterYearReading(read[i]);
        // The engine asks the promoters' books from its first decision: it starts again with the shared ones (it holds nothing yet).
        _engine = NewEngine();
    }

    public Task<CallNext> PeekAsync() => Task.FromResult(new CallNext(Engine.NextEventDay, NextSharedDay));

    /// <summary>See <see cref="CallNext"/>.</summary>
    private DateOnly? NextSharedDay =>
        _sharedLines.Count > 0 ? Engine.NextEventDay
        : _sharedEmployers.Count > 0 || _promoters.Count > 0 ? Engine.NextDecisionDay
        : null;

    public async Task<CallTurn> TurnAsync(DateOnly through, Immutable<TurnNews> news)
    {
        await ReadAgainAsync(news.Value);
        Engine.ProcessEventsThrough(through);
        return await SettleAsync(Engine.ProcessedThrough ?? Engine.OpenedOn, finishing: false, sharedEmployersNow: false);
    }

    /// <summary>The clock moves to the day itself, as the Model alone moves it.</summary>
    public async Task<CallStatus> RegisterAndAdvanceAsync(Immutable<Application[]> applications, DateOnly day)
    {
        Engine.Register(applications.Value);
        Engine.AdvanceThrough(day);
        return _alone ? Engine.Status : (await SettleAsync(day, finishing: false, sharedEmployersNow: false)).Status;
    }

    public async Task<CallSummary> FinishAsync()
    {
        Engine.RunToEnd();
        if (!_alone) await SettleAsync(Engine.ProcessedThrough ?? Engine.OpenedOn, finishing: true, sharedEmployersNow: true);
        return DirectReplay.Summary(Engine, _call!);
    }

    public Task<CallTurn> SettleSharedAsync() => SettleAsync(Engine.ProcessedThrough ?? Engine.OpenedOn, finishing: false, sharedEmployersNow: true);

    public Task<Immutable<HeldAid[]>> GetOwnAidAsync() =>
        Task.FromResult(_ownAid.Accounts.Select(a => a.Held()).ToArray().AsImmutable());

    public Task<Immutable<PromoterPlaces[]>> GetOwnPromotersAsync() =>
        Task.FromResult(Engine.Promoters.Where(p => !_promoters.ContainsKey(p.Promoter.Id))
            .Select(p => PortfolioEngine.Places(_fiscalYear, p.Promoter, p.Book)).ToArray().AsImmutable());

    public Task<Immutable<CallResult>> GetResultAsync(string callId) =>
        Task.FromResult(PortfolioEngine.CallResult(new PortfolioCall(callId, callId, _fiscalYear, _call!), Engine).AsImmutable());

    public Task CloseAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task<Immutable<AwardDecision[]>> GetDecisionsAsync() => Task.FromResult(Engine.Decisions().ToArray().AsImmutable());

    private GrantCallEngine Engine =>
        _engine ?? throw new InvalidOperationException($"call {this.GetPrimaryKeyString()} is not open");

    private IBudgetLineGrain Line(string code) => grains.GetGrain<IBudgetLineGrain>(GrainKeys.LineYear(RunId, _fiscalYear, code));

    private IPromoterGrain Promoter(string promoterId) => grains.GetGrain<IPromoterGrain>(GrainKeys.LineYear(RunId, _fiscalYear, promoterId));

    private IEmployerGrain Employer(string employerId) => grains.GetGrain<IEmployerGrain>(GrainKeys.Child(RunId, employerId));

    private static LineTotals Totals(LineBalanceReading r) => new(r.AllocatedEur, r.NetCommittedEur, r.CommittedEverEur, r.NetPaidEur);

    /// <summary>Reads again what other calls changed: the aid of this call's employers, and its lines.</summary>
    private async Task ReadAgainAsync(TurnNews news)
    {
        _toRead.UnionWith(news.Employers.Where(_sharedEmployers.Contains));
        // Past its filing end and its execution end the call grants nothing more (A11, F8), so it never asks for aid again.
        if (Engine.NextEventDay is not DateOnly next || (next > _call!.FilingEnd && next >= _call.ExecutionEnd)) _toRead.Clear();
        Task<EmployerAid>[] aid = [.. _toRead.Order(StringComparer.Ordinal).Select(e => Employer(e).GetAidAsync())];
        _toRead.Clear();
        string[] lines = [.. news.Lines.Select(GrainKeys.SplitLineYear).Where(l => l.Year == _fiscalYear && _sharedLines.Contains(l.Code)).Select(l => l.Code)];
        Task<LineBalanceReading>[] balances = [.. lines.Select(code => Line(code).GetBalanceAsync())];
        foreach (EmployerAid read in await Task.WhenAll(aid))
        {
            _otherAid.Replace(read);
            _employerVersions[read.EmployerId] = read.Version;
        }

        string[] promoters = [.. news.Promoters.Select(GrainKeys.SplitLineYear).Where(p => p.Year == _fiscalYear && _promoters.ContainsKey(p.Code)).Select(p => p.Code)];
        Task<PlacesReading>[] places = [.. promoters.Select(id => Promoter(id).GetPlacesAsync())];
        LineBalanceReading[] readBalances = await Task.WhenAll(balances);
        for (int i = 0; i < lines.Length; i++) _lines[lines[i]].Follow(Totals(readBalances[i]), readBalances[i].Version);
        PlacesReading[] readPlaces = await Task.WhenAll(places);
        for (int i = 0; i < promoters.Length; i++) _promoters[promoters[i]].Follow(readPlaces[i]);
    }

    /// <summary>
    /// The authorities' yes for what the call shares, or the turn fails: a grant they refuse does not stand. What it does
    /// not share it records in its own accounts (which refuse as the grains would) and, finishing, settles the lines.
    /// </summary>
    private async Task<CallTurn> SettleAsync(DateOnly day, bool finishing, bool sharedEmployersNow)
    {
        foreach (var own in Engine.DrainEmployerChanges().GroupBy(c => c.EmployerId))
        {
            if (_sharedEmployers.Contains(own.Key))
            {
                if (!_keptShared.TryGetValue(own.Key, out List<EmployerGrantChange>? kept)) _keptShared[own.Key] = kept = [];
                kept.AddRange(own.Select(c => c.Change));
            }
            else if (_ownAid.Account(own.Key).TryRecord(CallId, Engine.TermsOf(own.Key), day, [.. own.Select(c => c.Change)]) is string refusal)
            {
                throw new InvalidOperationException($"call {CallId} on {day:yyyy-MM-dd}: employer {own.Key} refused: {refusal}");
            }
        }

        KeyValuePair<string, List<EmployerGrantChange>>[] shared = sharedEmployersNow ? [.. _keptShared.OrderBy(k => k.Key, StringComparer.Ordinal)] : [];
        if (sharedEmployersNow) _keptShared.Clear();
        Task<AuthorityAnswer>[] employerAnswers = [.. shared.Select(g => Employer(g.Key).CheckAndRecordAsync(
            CallId, Engine.TermsOf(g.Key), day, _employerVersions.GetValueOrDefault(g.Key), g.Value.ToArray().AsImmutable()))];
        var linePostings = _lines.Where(l => finishing || _sharedLines.Contains(l.Key))
            .Select(l => (Code: l.Key, Postings: l.Value.TakeUnsettled())).Where(l => l.Postings.Length > 0).ToArray();
        Task<AuthorityAnswer>[] lineAnswers = [.. linePostings.Select(l => Line(l.Code).SettleAsync(CallId, _lines[l.Code].Version, l.Postings.AsImmutable()))];

        var placeChanges = _promoters.Select(p => (Id: p.Key, Changes: p.Value.TakeUnsettled())).Where(p => p.Changes.Length > 0).ToArray();
        Task<AuthorityAnswer>[] promoterAnswers = [.. placeChanges.Select(p => Promoter(p.Id).SettleAsync(CallId, _promoters[p.Id].Version, p.Changes.AsImmutable()))];

        AuthorityAnswer[] fromEmployers = await Task.WhenAll(employerAnswers);
        AuthorityAnswer[] fromLines = await Task.WhenAll(lineAnswers);
        AuthorityAnswer[] fromPromoters = await Task.WhenAll(promoterAnswers);
        for (int i = 0; i < fromEmployers.Length; i++)
        {
            if (!fromEmployers[i].Accepted) throw new InvalidOperationException($"call {CallId} on {day:yyyy-MM-dd}: employer {shared[i].Key} refused: {fromEmployers[i].Refusal}");
            _employerVersions[shared[i].Key] = fromEmployers[i].Version;
        }

        for (int i = 0; i < fromLines.Length; i++)
        {
            if (!fromLines[i].Accepted) throw new InvalidOperationException($"call {CallId} on {day:yyyy-MM-dd}: line {linePostings[i].Code} refused: {fromLines[i].Refusal}");
            _lines[linePostings[i].Code].Settled(fromLines[i].Version);
        }

        for (int i = 0; i < fromPromoters.Length; i++)
        {
            if (!fromPromoters[i].Accepted) throw new InvalidOperationException($"call {CallId} on {day:yyyy-MM-dd}: promoter {placeChanges[i].Id} refused: {fromPromoters[i].Refusal}");
            _promoters[placeChanges[i].Id].Settled(fromPromoters[i].Version);
        }

        return new CallTurn(Engine.NextEventDay, [.. shared.Select(g => g.Key)],
            [.. linePostings.Where(l => _sharedLines.Contains(l.Code)).Select(l => GrainKeys.LineYearId(_fiscalYear, l.Code))], Engine.Status,
            KeepsSharedChanges: _keptShared.Count > 0, Promoters: [.. placeChanges.Select(p => GrainKeys.LineYearId(_fiscalYear, p.Id))],
            NextSharedDay: NextSharedDay);
    }
}
