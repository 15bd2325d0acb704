using Soc.Simulation.Budget;
using Soc.Simulation.Results;
using Soc.Simulation.Scenarios;

namespace Soc.Simulation.Simulation;

/// <summary>
/// The named reporters of a replicate (as Mesa's DataCollector): each KPI and monthly series is one line
/// here, with its unit in its name. Rates are fractions (0..1); money in euros.
/// </summary>
public static class ReplicateReporters
{
    private static readonly (string Name, Func<ReplicateData, double> Value)[] Fixed =
    [
        ("participants", d => d.Participants.GetValueOrDefault("all")),
        ("insertionRate", d => d.Rate("all")),
        ("youthInsertionRate", d => d.Rate("under30")),
        ("insertionRate30to44", d => d.Rate("from30to44")),
        ("insertionRate45plus", d => d.Rate("from45")),
        ("longTermUnemployedInsertionRate", d => d.Rate("long_term")),
        ("noProgrammeInsertionRate", d => d.Rate("none")),
        ("guidanceUsage", d => (double)d.GuidanceUsers / Math.Max(1, d.Participants.GetValueOrDefault("all"))),
        ("permanentShare", d => (double)d.PermanentInsertions / Math.Max(1, d.Insertions.GetValueOrDefault("all"))),
        ("applications", d => d.Decisions.Length),
        ("applicationsRefusedBudget", d => d.Ledger.Kpis.RefusedBudget),
        ("grossSubsidisedInsertions", d => d.GrossSubsidised),
        ("netSubsidisedInsertions", d => d.NetSubsidised),
        ("deadweightShare", d => d.GrossSubsidised == 0 ? double.NaN : 1.0 - (double)d.NetSubsidised / d.GrossSubsidised),
        ("subsidyCommittedEur", d => (double)d.Ledger.Kpis.NetCommittedEur),
        ("subsidyPaidEur", d => (double)d.Ledger.Kpis.NetPaidEur),
        ("subsidyRefundedEur", d => (double)d.Ledger.Kpis.RefundedEur),
        ("subsidyReassignedEur", d => (double)d.Ledger.Kpis.ReassignedEur),
        ("subsidyBudgetExecutionPct", d => (double)d.Ledger.Kpis.BudgetExecutionPct),
        ("callExhausted", d => d.Summary.ExhaustedOn is null ? 0 : 1),
        ("exhaustionDayOfCall", d => d.Summary.ExhaustedOn is DateOnly e ? e.DayNumber - d.Summary.OpenedOn.DayNumber : double.NaN),
        ("serviceSpendingEur", d => (double)ServiceSpending(d)),
        ("costPerInsertionEur", d => (double)(ServiceSpending(d) + d.Ledger.Kpis.NetPaidEur) / Math.Max(1, d.Insertions.GetValueOrDefault("all"))),
        // C1: the services are funded 70/30 by the SOC and the city council; the 30 Plus call is the SOC's.
        ("spendingSocEur", d => (double)(Enumerable.Range(0, d.PlacesUsed.Length).Sum(i => d.Spending(i) * d.Setup.Programmes[i].SocShare) + d.Ledger.Kpis.NetPaidEur)),
        ("spendingCityCouncilEur", d => (double)Enumerable.Range(0, d.PlacesUsed.Length).Sum(i => d.Spending(i) * (1 - d.Setup.Programmes[i].SocShare))),
    ];

    /// <summary>The KPI names of a scenario: the fixed ones, then insertion by service area and by programme.</summary>
    public static IReadOnlyList<(string Name, Func<ReplicateData, double> Value)> For(SimulationSetup setup)
    {
        var reporters = new List<(string, Func<ReplicateData, double>)>(Fixed);
        foreach (string area in setup.Programmes.Where(SimulationSetup.IsParticipantProgramme).Select(p => p.Area.Name()).Distinct().Order(StringComparer.Ordinal))
        {
            reporters.Add(($"insertionRate_area_{area}", d => d.Rate("area:" + area)));
        }

        foreach (var p in setup.Programmes.Where(SimulationSetup.IsParticipantProgramme))
        {
            reporters.Add(($"insertionRate_programme_{p.Id}", d => d.Rate("programme:" + p.Id)));
            if (p.StudiesHazard > 0) reporters.Add(($"backToStudiesRate_programme_{p.Id}", d => d.StudiesRate("programme:" + p.Id)));
        }

        return reporters;
    }

    public static ReplicateResult Collect(SimulationSetup setup, CohortReport[] cohorts, GrantCall.AwardDecision[] decisions,
        GrantCall.CallSummary summary, LineLedger[] ledger, MonthlyCounts monthly)
    {
        var data = new ReplicateData(setup, cohorts, decisions, summary, ledger, monthly);
        var reporters = For(setup);
        string[] months = [.. setup.MonthStarts.Select(BudgetLineBook.MonthKey)];
        Dictionary<string, LedgerMonth> callMonths = data.Ledger.CallMonthly.ToDictionary(m => m.Month, StringComparer.Ordinal);
        double[] Cumulative(Func<LedgerMonth, decimal> pick)
        {
            var values = new double[months.Length];
            decimal last = 0;
            for (int i = 0; i < months.Length; i++)
            {
                if (callMonths.TryGetValue(months[i], out LedgerMonth? m)) last = pick(m);
                values[i] = (double)last;
            }

            return values;
        }

        double[] Monthly(Func<LedgerMonth, decimal> pick, IReadOnlyList<LedgerMonth> book)
        {
            Dictionary<string, LedgerMonth> byMonth = book.ToDictionary(m => m.Month, StringComparer.Ordinal);
            return [.. months.Select(m => byMonth.TryGetValue(m, out LedgerMonth? lm) ? (double)pick(lm) : 0)];
        }

        List<string> seriesNames = ["arrivals", "activeParticipants", "hires", "applications", "subsidyNetCommittedEur", "subsidyNetPaidEur",
            "serviceSpendingSocEur", "serviceSpendingCityCouncilEur", "subsidyPaidSocEur"];
        List<double[]> series =
        [
            [.. monthly.Arrivals.Select(v => (double)v)],
            [.. monthly.Active.Select(v => (double)v)],
            [.. monthly.Hires.Select(v => (double)v)],
            [.. monthly.Applications.Select(v => (double)v)],
            Cumulative(m => m.NetCommittedEur),
            Cumulative(m => m.CumulativePaidEur),
            [.. monthly.ServiceSpendingSocEur.Select(v => (double)v)],
            [.. monthly.ServiceSpendingCityCouncilEur.Select(v => (double)v)],
            // The 30 Plus call is the SOC's (C1 covers the services only): its payments net of refunds, by month.
            Monthly(m => m.PaidEur - m.RefundedEur, data.Ledger.CallMonthly),
        ];
        foreach (LineLedger line in data.Ledger.BudgetLines)
        {
            seriesNames.Add("subsidyPaidEur_line_" + line.Code);
            series.Add(Monthly(m => m.PaidEur - m.RefundedEur, line.Months));
        }

        return new ReplicateResult(setup.Replicate, [.. reporters.Select(r => r.Name)], [.. reporters.Select(r => r.Value(data))],
            months, [.. seriesNames], [.. series], summary.ExhaustedOn);
    }

    private static decimal ServiceSpending(ReplicateData d) => Enumerable.Range(0, d.PlacesUsed.Length).Sum(d.Spending);
}
