using Orleans.Placement;
using Soc.Simulation.Abstractions;
using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.Employers;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Model.Portfolio;
using Soc.Simulation.Abstractions.Promoters;

namespace Soc.Simulation.Grains.Portfolio;

/// <summary>
/// Moves a portfolio's clock as <see cref="PortfolioEngine"/> does: on the earliest day any call has an event or a
/// programme a payment, the programmes pay, then each call with events takes its turn in the listed order; after each turn, the employers and lines it changed become news for the other
/// calls' next turns. The calls' grains, the lines' and the employers' may live on any silo: the answers do not depend
/// on where, only on this order.
/// </summary>
[RandomPlacement]
public sealed class PortfolioGrain(IGrainFactory grains) : Grain, IPortfolioGrain
{
    public async Task<Immutable<PortfolioResult>> RunAsync(Abstractions.Portfolio.Portfolio portfolio, Immutable<CallRegister[]> registers)
    {
        PortfolioCheck.Require(portfolio);
        string run = this.GetPrimaryKeyString();
        var openings = PortfolioLines.Openings(portfolio);
        await Task.WhenAll(openings.Select(o => OpenLineAsync(run, o.Year, o.Code, o.Allocation, o.Earmarks)));
        IReadOnlyList<(int Year, LedgerPosting Posting)> payments = ProgrammeSchedule.AllPayments(portfolio);
        int paid = 0;

        IReadOnlyList<CallSharing> sharing = PortfolioSharing.Of(portfolio, registers.Value);
        IReadOnlyList<(int Year, Promoter Promoter)> promoters = PortfolioPromoters.Of(portfolio);
        HashSet<string> sharedPromoters = [.. sharing.SelectMany(s => s.Promoters)];
        (int Year, Promoter Promoter)[] promoterGrains = [.. promoters.Where(p => sharedPromoters.Contains(GrainKeys.LineYearId(p.Year, p.Promoter.Id)))];
        await Task.WhenAll(promoterGrains.Select(p => Promoter(run, p.Year, p.Promoter.Id).OpenAsync(p.Promoter)));

        IGrantCallGrain[] calls = [.. portfolio.Calls.Select(c => grains.GetGrain<IGrantCallGrain>(GrainKeys.Child(run, c.Id)))];
        await Task.WhenAll(portfolio.Calls.Select((c, i) => calls[i].OpenAsync(c.Call, c.FiscalYear, alone: false)));
        await Task.WhenAll(calls.Select((c, i) => c.ShareAsync(sharing[i].AsImmutable())));
        foreach (CallRegister register in registers.Value)
        {
            int index = PortfolioCheck.CallIndex(portfolio, register.CallId);
            await calls[index].RegisterAsync(register.Applications.AsImmutable());
        }

        CallNext[] peeked = await Task.WhenAll(calls.Select(c => c.PeekAsync()));
        DateOnly?[] next = [.. peeked.Select(p => p.EventDay)];
        DateOnly?[] shared = [.. peeked.Select(p => p.SharedDay)];
        // The lines of a year each call charges: a programme's payment on one of them orders its postings with the call's.
        HashSet<string>[] charges = [.. portfolio.Calls.Select(c => c.Call.BudgetLines.Select(l => GrainKeys.LineYearId(c.FiscalYear, l.Code)).ToHashSet(StringComparer.Ordinal))];
        DateOnly? NextPaymentOn(int call)
        {
            for (int k = paid; k < payments.Count; k++)
            {
                if (charges[call].Contains(GrainKeys.LineYearId(payments[k].Year, payments[k].Posting.Line))) return payments[k].Posting.On;
            }

            return null;
        }

        var news = calls.Select(_ => (Employers: new HashSet<string>(StringComparer.Ordinal), Lines: new HashSet<string>(StringComparer.Ordinal),
            Promoters: new HashSet<string>(StringComparer.Ordinal))).ToArray();
        var keeps = new bool[calls.Length];
        // The last day a call may grant and so read other calls' aid: its filing end (A11) or the eve of its execution end (F8).
        DateOnly[] lastAsk = [.. portfolio.Calls.Select(c => c.Call.FilingEnd > c.Call.ExecutionEnd.AddDays(-1) ? c.Call.FilingEnd : c.Call.ExecutionEnd.AddDays(-1))];
        void Tell(int from, CallTurn turn)
        {
            keeps[from] = turn.KeepsSharedChanges;
            for (int j = 0; j < calls.Length; j++)
            {
                if (j == from) continue;
                news[j].Employers.UnionWith(turn.Employers);
                news[j].Lines.UnionWith(turn.Lines);
                news[j].Promoters.UnionWith(turn.Promoters ?? []);
            }
        }

        while (PortfolioClock.NextDay(next.Append(paid < payments.Count ? payments[paid].Posting.On : null)) is DateOnly day)
        {
            for (; paid < payments.Count && payments[paid].Posting.On == day; paid++)
            {
                (int year, LedgerPosting payment) = payments[paid];
                await SettleProgrammePaymentAsync(run, year, payment);
                foreach (var told in news) told.Lines.Add(GrainKeys.LineYearId(year, payment.Line));
            }

            for (int i = 0; i < calls.Length; i++)
            {
                if (next[i] != day) continue;
                // A call that may grant in this turn reads the others' aid: what they kept is settled first.
                if (day <= lastAsk[i])
                {
                    for (int j = 0; j < calls.Length; j++)
                    {
                        if (j != i && keeps[j]) Tell(j, await calls[j].SettleSharedAsync());
                    }
                }

                var told = new TurnNews([.. news[i].Employers.Order(StringComparer.Ordinal)], [.. news[i].Lines.Order(StringComparer.Ordinal)],
                    [.. news[i].Promoters.Order(StringComparer.Ordinal)]);
                news[i].Employers.Clear();
                news[i].Lines.Clear();
                news[i].Promoters.Clear();
                // Nothing this call shares moves before the next day another call may read or change it, or a programme pays on one
                // of its lines: this turn may go on until then (the others' payments meanwhile touch nothing it reads).
                DateOnly? others = PortfolioClock.NextDay(shared.Where((_, j) => j != i).Append(NextPaymentOn(i)));
                DateOnly through = others is DateOnly o && o.AddDays(-1) > day ? o.AddDays(-1) : others is null ? DateOnly.MaxValue : day;
                CallTurn turn = await calls[i].TurnAsync(through, told.AsImmutable());
                next[i] = turn.NextDay;
                shared[i] = turn.NextSharedDay;
                Tell(i, turn);
            }
        }

        await Task.WhenAll(calls.Select(c => c.FinishAsync()));
        CallResult[] results = [.. (await Task.WhenAll(portfolio.Calls.Select((c, i) => calls[i].GetResultAsync(c.Id)))).Select(r => r.Value)];
        DateOnly start = openings.Min(o => o.Allocation.On);
        DateOnly last = PortfolioClock.LastDay(results.Select(r => r.Summary.LastDay), payments);
        LineYearMonths[] lines = await Task.WhenAll(openings.Select(async o => new LineYearMonths(o.Year, o.Code,
            (await grains.GetGrain<IBudgetLineGrain>(GrainKeys.LineYear(run, o.Year, o.Code)).GetMonthsAsync(start, last)).Value)));
        // The shared employers' aid is with their grains, the others' with the one call each deals with.
        string[] employerIds = [.. sharing.SelectMany(s => s.Employers).Distinct(StringComparer.Ordinal)];
        EmployerAid[] aid = await Task.WhenAll(employerIds.Select(e => grains.GetGrain<IEmployerGrain>(GrainKeys.Child(run, e)).GetAidAsync()));
        HeldAid[][] own = [.. (await Task.WhenAll(calls.Select(c => c.GetOwnAidAsync()))).Select(a => a.Value)];
        HeldAid[] held = [.. aid.Where(a => a.Version > 0).Select(a => new HeldAid(a.EmployerId, a.Entries)).Concat(own.SelectMany(o => o))
            .OrderBy(a => a.EmployerId, StringComparer.Ordinal)];

        // Each promoter's places, in the order the Model lists them: the shared ones' from their grains, the others' from their call.
        var places = new Dictionary<string, PromoterPlaces>(StringComparer.Ordinal);
        foreach ((int year, Promoter p) in promoterGrains)
        {
            PlacesReading read = await Promoter(run, year, p.Id).GetPlacesAsync();
            places[GrainKeys.LineYearId(year, p.Id)] = new PromoterPlaces(year, p.Id, p.Name, p.Territory, read.Places, read.Taken);
        }

        foreach (PromoterPlaces callOwn in (await Task.WhenAll(calls.Select(c => c.GetOwnPromotersAsync()))).SelectMany(o => o.Value))
        {
            places[GrainKeys.LineYearId(callOwn.Year, callOwn.PromoterId)] = callOwn;
        }

        await Task.WhenAll(calls.Select(c => c.CloseAsync())
            .Concat(openings.Select(o => grains.GetGrain<IBudgetLineGrain>(GrainKeys.LineYear(run, o.Year, o.Code)).CloseAsync()))
            .Concat(promoterGrains.Select(p => Promoter(run, p.Year, p.Promoter.Id).CloseAsync())));
        // The employers' grains, many and idle from now on, are collected after a short idle time (EmployerGrain): closing
        // each one here took longer than the whole replay.
        DeactivateOnIdle();
        // An employer that never held a grant has no account on the direct path either.
        return new PortfolioResult(results, lines, held, [.. promoters.Select(p => places[GrainKeys.LineYearId(p.Year, p.Promoter.Id)])]).AsImmutable();
    }

    private IPromoterGrain Promoter(string run, int year, string id) => grains.GetGrain<IPromoterGrain>(GrainKeys.LineYear(run, year, id));

    private async Task OpenLineAsync(string run, int year, string code, LedgerPosting allocation, LedgerPosting[] earmarks)
    {
        IBudgetLineGrain line = grains.GetGrain<IBudgetLineGrain>(GrainKeys.LineYear(run, year, code));
        await line.OpenAsync(allocation);
        if (earmarks.Length > 0) Require(await line.SettleAsync("programmes", 0, earmarks.AsImmutable()));
    }

    /// <summary>A programme pays on its line like a call settles: it reads the version first, no one else moves the line meanwhile.</summary>
    private async Task SettleProgrammePaymentAsync(string run, int year, LedgerPosting payment)
    {
        IBudgetLineGrain line = grains.GetGrain<IBudgetLineGrain>(GrainKeys.LineYear(run, year, payment.Line));
        LineBalanceReading read = await line.GetBalanceAsync();
        Require(await line.SettleAsync(payment.ApplicationId ?? "programme", read.Version, new[] { payment }.AsImmutable()));
    }

    private static void Require(AuthorityAnswer answer)
    {
        if (!answer.Accepted) throw new InvalidOperationException($"a programme's posting was refused: {answer.Refusal}");
    }

}
