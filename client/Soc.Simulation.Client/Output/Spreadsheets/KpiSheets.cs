using Soc.Simulation.Model.Kpis;

namespace Soc.Simulation.Client.Output.Spreadsheets;

/// <summary>How a KPI's value shows in a spreadsheet, from its unit in the catalogue (<see cref="KpiCatalogue"/>).</summary>
public static class KpiSheets
{
    public static CellKind KindOf(string kpi) => KpiFormat.UnitOf(kpi) switch
    {
        KpiUnit.Share => CellKind.Share,
        KpiUnit.Percent => CellKind.Percent,
        KpiUnit.Euros => CellKind.Euros,
        KpiUnit.Date => CellKind.Date,
        _ => CellKind.Number,
    };

    /// <summary>A cell holding a KPI's value in the KPI's own unit.</summary>
    public static SheetCell Value(string kpi, double value) =>
        double.IsNaN(value) || double.IsInfinity(value) ? new(null) : new(value, KindOf(kpi));
}
