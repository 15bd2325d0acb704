using Soc.Simulation.Model.Kpis;
using Soc.Simulation.Model.Results;
using Soc.Simulation.Abstractions.Simulation;
using Soc.Simulation.Abstractions.GrantCall;

using Soc.Simulation.Model.Simulation;

namespace Soc.Simulation.Model.Replicates;

/// <summary>
/// Data collection at the end of a replicate (as Mesa's DataCollector): every KPI and monthly series of the
/// catalogues (<see cref="KpiCatalogue"/>, <see cref="SeriesCatalogue"/>) computed from the replicate's data.
/// </summary>
public static class ReplicateReporters
{
    public static ReplicateResult Collect(SimulationSetup setup, CohortReport[] cohorts, AwardDecision[] decisions,
        CallSummary summary, LineLedger[] ledger, MonthlyCounts monthly)
    {
        var data = new ReplicateData(setup, cohorts, decisions, summary, ledger, monthly);
        IReadOnlyList<KpiDefinition> kpis = KpiCatalogue.For(setup);
        IReadOnlyList<SeriesDefinition> series = SeriesCatalogue.For(setup);
        return new ReplicateResult(setup.Replicate, [.. kpis.Select(k => k.Name)], [.. kpis.Select(k => k.Compute(data))],
            data.Months, [.. series.Select(s => s.Name)], [.. series.Select(s => s.Compute(data))], summary.ExhaustedOn,
            setup.Draw.Index, [.. setup.Draw.Paths], [.. setup.Draw.Values]);
    }
}
