using System.Globalization;
using Soc.Simulation.Analysis.Comparisons;
using Soc.Simulation.Analysis.Design;
using Soc.Simulation.Analysis.Summaries;

namespace Soc.Simulation.Client.Output.Spreadsheets;

/// <summary>design.xlsx: the front (as design.csv), every design evaluated, and the search's settings.</summary>
public static class DesignSheets
{
    public static byte[] Write(DesignResult r)
    {
        string[] paths = [.. DesignText.LeverPaths(r)];
        string[] kpis = [.. r.Objectives.Select(DesignText.ObjectiveKpi)];
        SheetColumn[] levers = [.. paths.Select(p => new SheetColumn(p, CellKind.Number, 20))];
        return XlsxWriter.Write(
        [
            new SheetTable("front",
            [
                new("point", CellKind.Count), .. levers,
                .. kpis.SelectMany(k => new[] { "", "check_" }.SelectMany(prefix => new[]
                {
                    new SheetColumn($"{prefix}{k}_mean", KpiSheets.KindOf(k), 16), new SheetColumn($"{prefix}{k}_ci95_low", KpiSheets.KindOf(k), 16),
                    new SheetColumn($"{prefix}{k}_ci95_high", KpiSheets.KindOf(k), 16),
                })),
                .. Enumerable.Range(1, r.Constraints.Count).SelectMany(c => new[]
                {
                    new SheetColumn($"constraint{c}_cautious", CellKind.Number, 16), new SheetColumn($"constraint{c}_met", CellKind.Boolean),
                    new SheetColumn($"check_constraint{c}_cautious", CellKind.Number, 16), new SheetColumn($"check_constraint{c}_met", CellKind.Boolean),
                }),
                new("check_met", CellKind.Boolean),
                .. kpis.SelectMany(k => new[]
                {
                    new SheetColumn($"vs_scenario_{k}_mean", KpiSheets.KindOf(k), 16), new SheetColumn($"vs_scenario_{k}_ci95_low", KpiSheets.KindOf(k), 16),
                    new SheetColumn($"vs_scenario_{k}_ci95_high", KpiSheets.KindOf(k), 16),
                }),
            ], r.Front.Select((p, i) => (IReadOnlyList<SheetCell>)
            [
                i + 1, .. Values(p.Search),
                .. kpis.SelectMany((k, o) => Estimate(k, p.Search.Objectives[o]).Concat(Estimate(k, p.Check.Objectives[o]))),
                .. p.Search.Constraints.Zip(p.Check.Constraints).SelectMany(c => new SheetCell[] { c.First.Cautious, c.First.Met, c.Second.Cautious, c.Second.Met }),
                p.CheckMet,
                .. kpis.SelectMany((k, o) => Difference(k, p.Check.VersusScenario?[o])),
            ])),
            new SheetTable("evaluated",
            [
                .. levers, .. kpis.Select(k => new SheetColumn($"{k}_mean", KpiSheets.KindOf(k), 16)),
                new("violation", CellKind.Number, 12), new("feasible", CellKind.Boolean), new("simulated", CellKind.Boolean),
            ], r.Evaluated.Select(d => (IReadOnlyList<SheetCell>)
            [
                .. Values(d), .. kpis.Select((k, o) => KpiSheets.Value(k, d.Objectives[o].Mean)), d.Score.Violation, d.Feasible, d.Simulated,
            ])),
            new SheetTable("search", [new("what", CellKind.Text, 30), new("value", CellKind.Text, 60)],
            [
                ["scenario", r.Scenario], .. r.Levers.Select(l => (IReadOnlyList<SheetCell>)["lever", l]), .. r.Objectives.Select(o => (IReadOnlyList<SheetCell>)["objective", o]),
                .. r.Constraints.Select((c, i) => (IReadOnlyList<SheetCell>)[$"constraint{i + 1}", c]),
                ["seed", new SheetCell(r.Seed, CellKind.Count)], ["replicates per design", new SheetCell(r.Replicates, CellKind.Count)],
                ["population", new SheetCell(r.PopulationSize, CellKind.Count)], ["generations", new SheetCell(r.Generations, CellKind.Count)],
                ["designs evaluated", new SheetCell(r.Evaluations, CellKind.Count)], ["simulations", new SheetCell(r.Simulations, CellKind.Count)],
                ["check seed", new SheetCell(r.CheckSeed, CellKind.Count)], ["check replicates", new SheetCell(r.CheckReplicates, CellKind.Count)],
            ]),
        ]);
    }

    private static IEnumerable<SheetCell> Values(DesignOutcome d) =>
        DesignText.LeverValues(d).Select(v => decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal n) ? new SheetCell(n) : new SheetCell(v));

    private static IEnumerable<SheetCell> Difference(string kpi, KpiDifference? d) =>
        [KpiSheets.Value(kpi, d?.MeanDifference ?? double.NaN), KpiSheets.Value(kpi, d?.Ci95Low ?? double.NaN), KpiSheets.Value(kpi, d?.Ci95High ?? double.NaN)];

    private static IEnumerable<SheetCell> Estimate(string kpi, KpiEstimate e) => [KpiSheets.Value(kpi, e.Mean), KpiSheets.Value(kpi, e.Ci95Low), KpiSheets.Value(kpi, e.Ci95High)];
}
