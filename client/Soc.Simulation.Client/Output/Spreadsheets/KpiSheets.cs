using Soc.Simulation.Client.Charts;

namespace Soc.Simulation.Client.Output.Spreadsheets;

/// <summary>How a KPI's value shows in a spreadsheet, from the same unit the tables and charts use (<see cref="KpiNames"/>).</summary>
public static class KpiSheets
{
    public static CellKind KindOf(string kpi) => KpiNames.KindOf(kpi) switch
    {
        KpiNames.Kind.Fraction => CellKind.Share,
        KpiNames.Kind.Percent => CellKind.Percent,
        KpiNames.Kind.Euros => CellKind.Euros,
        _ => CellKind.Number,
    };

    /// <summary>A cell holding a KPI's value in the KPI's own unit.</summary>
    public static SheetCell Value(string kpi, double value) =>
        double.IsNaN(value) || double.IsInfinity(value) ? new(null) : new(value, KindOf(kpi));
}
