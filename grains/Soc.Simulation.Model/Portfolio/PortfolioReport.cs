using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Model.Results;

namespace Soc.Simulation.Model.Portfolio;

/// <summary>One call of the portfolio in portfolio.json: its figures, as results.json of <c>socsim run --registry</c> gives them.</summary>
public sealed record PortfolioCallReport(string Id, string Name, int FiscalYear, ReplayKpis Kpis, IReadOnlyDictionary<string, int> RefusedByReason);

/// <summary>A part of a line's or a year's figures paid by one funding source (C1).</summary>
public sealed record SourceShare(string Source, decimal Share, decimal AllocatedEur, decimal NetCommittedEur, decimal NetPaidEur, decimal AvailableEur);

/// <summary>A budget line of a fiscal year at the end of the portfolio: what it held, what every call and programme committed and paid.</summary>
public sealed record PortfolioLineReport(int Year, string Code, decimal AllocatedEur, decimal NetCommittedEur, decimal NetPaidEur, decimal AvailableEur,
    decimal ExecutionPct, IReadOnlyList<SourceShare> BySource);

/// <summary>A fiscal year: its lines together, and by funding source.</summary>
public sealed record PortfolioYearReport(int Year, decimal AllocatedEur, decimal NetCommittedEur, decimal NetPaidEur, decimal AvailableEur,
    IReadOnlyList<SourceShare> BySource);

/// <summary>The employers' de minimis aid across the calls (I5).</summary>
public sealed record DeMinimisSummary(int EmployersWithAid, int EmployersWithAidInSeveralCalls, decimal AidEur, int RefusedForDeMinimis);

/// <summary>What <c>socsim portfolio</c> writes to portfolio.json.</summary>
public sealed record PortfolioReport(
    string Portfolio,
    IReadOnlyList<PortfolioCallReport> Calls,
    IReadOnlyList<PortfolioYearReport> Years,
    IReadOnlyList<PortfolioLineReport> Lines,
    DeMinimisSummary DeMinimis,
    string FundingNote)
{
    public const string UnspecifiedSource = "unspecified";

    /// <summary>Each promoter's places of each year and how many grants held one at the end (I2); empty when no call lists promoters.</summary>
    public IReadOnlyList<Abstractions.Promoters.PromoterPlaces> Promoters { get; init; } = [];

    /// <summary>
    /// ASSUMPTION, said where the figures are shown: the seeds give a line's funding only as shares of its money (C1), so a
    /// line's commitments and payments are attributed to its sources in those shares.
    /// </summary>
    public const string FundingAssumption =
        "ASSUMPTION: commitments and payments are attributed to a line's funding sources in the shares of its allocation (C1 gives only those shares).";

    public static PortfolioReport Build(Abstractions.Portfolio.Portfolio portfolio, PortfolioResult result)
    {
        PortfolioCallReport[] calls = [.. portfolio.Calls.Select((c, i) =>
        {
            CallResult r = result.Calls[i];
            ReplayReport replay = ReplayReport.Build(c.Name, r.Summary, r.Decisions, CallBooks.Lines(c.Call, r.Books));
            return new PortfolioCallReport(c.Id, c.Name, c.FiscalYear, replay.Kpis, replay.RefusedByReason);
        })];

        var sources = portfolio.BudgetLines.ToDictionary(l => (l.Year, l.Code), l => l.Sources);
        PortfolioLineReport[] lines = [.. result.Lines.Select(l => Line(l, sources.GetValueOrDefault((l.Year, l.Code)) ?? []))];
        PortfolioYearReport[] years = [.. lines.GroupBy(l => l.Year).OrderBy(g => g.Key).Select(g => new PortfolioYearReport(g.Key,
            g.Sum(l => l.AllocatedEur), g.Sum(l => l.NetCommittedEur), g.Sum(l => l.NetPaidEur), g.Sum(l => l.AvailableEur),
            [.. g.SelectMany(l => l.BySource).GroupBy(s => s.Source).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new SourceShare(s.Key,
                Share(s.Sum(x => x.AllocatedEur), g.Sum(l => l.AllocatedEur)), s.Sum(x => x.AllocatedEur), s.Sum(x => x.NetCommittedEur), s.Sum(x => x.NetPaidEur), s.Sum(x => x.AvailableEur)))]))];

        var deMinimis = new DeMinimisSummary(
            result.Employers.Count(e => e.Entries.Length > 0),
            result.Employers.Count(e => e.Entries.Select(x => x.CallId).Distinct().Count() > 1),
            result.Employers.Sum(e => e.Entries.Sum(x => x.AmountEur)),
            result.Calls.Sum(c => c.Decisions.Count(d => d.Reason.StartsWith("A6", StringComparison.Ordinal))));
        return new PortfolioReport(portfolio.Name, calls, years, lines, deMinimis, FundingAssumption) { Promoters = result.Promoters };
    }

    private static PortfolioLineReport Line(LineYearMonths line, IReadOnlyList<FundingShare> sources)
    {
        LedgerMonth last = line.Months[^1];
        decimal allocated = last.AllocatedEur, committed = last.NetCommittedEur, paid = last.CumulativePaidEur, available = last.AvailableEur;
        IReadOnlyList<FundingShare> shares = sources.Count > 0 ? sources : [new FundingShare(UnspecifiedSource, 1m)];
        decimal[] a = SplitCents(allocated, shares), c = SplitCents(committed, shares), p = SplitCents(paid, shares), v = SplitCents(available, shares);
        return new PortfolioLineReport(line.Year, line.Code, allocated, committed, paid, available, Share(committed, allocated) * 100m,
            [.. shares.Select((s, i) => new SourceShare(s.Source, s.Share, a[i], c[i], p[i], v[i]))]);
    }

    /// <summary>An amount split by shares in whole cents, the last source taking the rounding remainder (as lines split a budget).</summary>
    private static decimal[] SplitCents(decimal amount, IReadOnlyList<FundingShare> shares)
    {
        var split = new decimal[shares.Count];
        for (int i = 0; i < shares.Count - 1; i++) split[i] = Money.Cents(amount * shares[i].Share);
        split[^1] = amount - split[..^1].Sum();
        return split;
    }

    private static decimal Share(decimal part, decimal whole) => whole == 0 ? 0 : Math.Round(part / whole, 4, MidpointRounding.AwayFromZero);
}
