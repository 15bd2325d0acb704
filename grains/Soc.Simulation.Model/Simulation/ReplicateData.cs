using Soc.Simulation.Abstractions.Budget;
using Soc.Simulation.Model.Budget;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Abstractions.Simulation;

namespace Soc.Simulation.Model.Simulation;

/// <summary>Everything a replicate produced, merged over cohorts, for the KPI and series definitions to read.</summary>
public sealed class ReplicateData
{
    private readonly Dictionary<string, LedgerMonth> _callMonths;
    private readonly Dictionary<string, decimal> _territoryNetPaid = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _territoryPlacesRefusals = new(StringComparer.Ordinal);

    public ReplicateData(SimulationSetup setup, CohortReport[] cohorts, AwardDecision[] decisions, CallSummary summary, LineLedger[] ledger, MonthlyCounts monthly)
    {
        Setup = setup;
        Decisions = decisions;
        Summary = summary;
        Monthly = monthly;
        Ledger = ReplayReport.Build(setup.Scenario.Name, summary, decisions, ledger);
        Months = [.. setup.MonthStarts.Select(BudgetLineBook.MonthKey)];
        _callMonths = Ledger.CallMonthly.ToDictionary(m => m.Month, StringComparer.Ordinal);
        Participants = Merge(cohorts.Select(c => c.Participants));
        Insertions = Merge(cohorts.Select(c => c.Insertions));
        WithoutCallInsertions = Merge(cohorts.Select(c => c.WithoutCallInsertions));
        BackToStudies = Merge(cohorts.Select(c => c.BackToStudies));
        ReportedInsertions = Merge(cohorts.Select(c => c.ReportedInsertions));
        ReportedBackToStudies = Merge(cohorts.Select(c => c.ReportedBackToStudies));
        PermanentInsertions = cohorts.Sum(c => c.PermanentInsertions);
        GuidanceUsers = cohorts.Sum(c => c.GuidanceUsers);
        PlacesUsed = [.. Enumerable.Range(0, setup.Programmes.Count).Select(i => cohorts.Sum(c => c.PlacesUsed[i]))];
        // I1: the simulated territory's own applications; the call's books hold every territory's.
        HomeDecisions = setup.Scenario.Territories is { Count: > 0 } ? [.. decisions.Where(d => !TerritoryIds.IsOther(d.ApplicationId))] : decisions;
        HomeNetPaidEur = HomeDecisions.Sum(d => d.PaidEur - d.RefundedEur);
        foreach (AwardDecision d in decisions.Where(d => TerritoryIds.IsOther(d.ApplicationId)))
        {
            string territory = TerritoryIds.TerritoryOf(d.ApplicationId);
            _territoryNetPaid[territory] = _territoryNetPaid.GetValueOrDefault(territory) + d.PaidEur - d.RefundedEur;
            if (d.Reason.StartsWith("I2 ", StringComparison.Ordinal)) _territoryPlacesRefusals[territory] = _territoryPlacesRefusals.GetValueOrDefault(territory) + 1;
        }

        // A subsidised insertion is a grant still standing at the end: granted, and not renounced (all refunded).
        GrossSubsidised = HomeDecisions.Count(d => d.Decision is DecisionKind.Granted or DecisionKind.GrantedOnReassignment && d.PaidEur > d.RefundedEur);
        // H2: the insertions the call caused are the difference with the twin world that had no call money, person by person.
        CausedByCall = Insertions.GetValueOrDefault("all") - WithoutCallInsertions.GetValueOrDefault("all");
        decimal soc = 0, city = 0;
        for (int i = 0; i < PlacesUsed.Length; i++)
        {
            decimal spent = Spending(i);
            soc += spent * setup.Programmes[i].SocShare;
            city += spent * (1 - setup.Programmes[i].SocShare);
        }

        ServiceSpendingEur = Enumerable.Range(0, PlacesUsed.Length).Sum(Spending);
        ServiceSpendingSocEur = soc;
        ServiceSpendingCityCouncilEur = city;
    }

    public SimulationSetup Setup { get; }
    public AwardDecision[] Decisions { get; }

    /// <summary>The decisions on the simulated territory's applications (all of them when no other territory shares the call).</summary>
    public AwardDecision[] HomeDecisions { get; }

    /// <summary>What the call paid, net of refunds, for the simulated territory's applications (its books are final).</summary>
    public decimal HomeNetPaidEur { get; }

    /// <summary>What the call paid, net of refunds, to another territory's employers (I1).</summary>
    public decimal TerritoryNetPaidEur(string territory) => _territoryNetPaid.GetValueOrDefault(territory);

    /// <summary>Another territory's applications refused because its promoters' places were taken (I2).</summary>
    public int TerritoryPlacesRefusals(string territory) => _territoryPlacesRefusals.GetValueOrDefault(territory);

    public CallSummary Summary { get; }
    public MonthlyCounts Monthly { get; }
    public ReplayReport Ledger { get; }

    /// <summary>The simulated months, "YYYY-MM", in order.</summary>
    public string[] Months { get; }
    public Dictionary<string, int> Participants { get; }
    /// <summary>H1: insertions within the insertion window from entry, by group.</summary>
    public Dictionary<string, int> Insertions { get; }

    /// <summary>H2: the same people's insertions in the twin world with no call money.</summary>
    public Dictionary<string, int> WithoutCallInsertions { get; }
    public Dictionary<string, int> BackToStudies { get; }

    /// <summary>C3: each programme's own convention, a job or studies within its reporting window after leaving.</summary>
    public Dictionary<string, int> ReportedInsertions { get; }
    public Dictionary<string, int> ReportedBackToStudies { get; }
    public int PermanentInsertions { get; }
    public int GuidanceUsers { get; }
    public int[] PlacesUsed { get; }
    public int GrossSubsidised { get; }
    public int CausedByCall { get; }
    public decimal ServiceSpendingEur { get; }

    /// <summary>The services' spending by funding source (C1): each programme's SOC share, and the city council's rest.</summary>
    public decimal ServiceSpendingSocEur { get; }
    public decimal ServiceSpendingCityCouncilEur { get; }

    /// <summary>Share of a group that found a job; NaN for an empty group.</summary>
    public double Rate(string group) =>
        Participants.TryGetValue(group, out int n) && n > 0 ? (double)Insertions.GetValueOrDefault(group) / n : double.NaN;

    public double StudiesRate(string group) => RateOf(BackToStudies, group);

    public double WithoutCallRate(string group) => RateOf(WithoutCallInsertions, group);

    public double ReportedRate(string group) => RateOf(ReportedInsertions, group);

    public double ReportedStudiesRate(string group) => RateOf(ReportedBackToStudies, group);

    private double RateOf(Dictionary<string, int> counts, string group) =>
        Participants.TryGetValue(group, out int n) && n > 0 ? (double)counts.GetValueOrDefault(group) / n : double.NaN;

    /// <summary>What a programme spent: places used × cost, or its whole budget for programmes without participants.</summary>
    public decimal Spending(int programme)
    {
        ServiceProgramme p = Setup.Programmes[programme];
        return p.Area.ServesParticipants() ? PlacesUsed[programme] * p.CostPerParticipantEur : p.BudgetEur;
    }

    /// <summary>A balance of the call's book at each month's end, carried over months without movements.</summary>
    public double[] CallCumulative(Func<LedgerMonth, decimal> pick)
    {
        var values = new double[Months.Length];
        decimal last = 0;
        for (int i = 0; i < Months.Length; i++)
        {
            if (_callMonths.TryGetValue(Months[i], out LedgerMonth? m)) last = pick(m);
            values[i] = (double)last;
        }

        return values;
    }

    /// <summary>A flow of a book in each simulated month; 0 in months the book has no entry for.</summary>
    public double[] ByMonth(Func<LedgerMonth, decimal> pick, IReadOnlyList<LedgerMonth> book)
    {
        Dictionary<string, LedgerMonth> byMonth = book.ToDictionary(m => m.Month, StringComparer.Ordinal);
        return [.. Months.Select(m => byMonth.TryGetValue(m, out LedgerMonth? lm) ? (double)pick(lm) : 0)];
    }

    private static Dictionary<string, int> Merge(IEnumerable<Dictionary<string, int>> parts)
    {
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach ((string k, int v) in part) total[k] = total.GetValueOrDefault(k) + v;
        }

        return total;
    }
}
