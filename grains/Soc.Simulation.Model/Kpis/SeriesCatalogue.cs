using Soc.Simulation.Model.Simulation;

namespace Soc.Simulation.Model.Kpis;

/// <summary>
/// Every monthly series of a Monte Carlo replicate, defined once (as <see cref="KpiCatalogue"/> for the KPIs), one
/// value per month of the simulated period. Subsidy amounts are the call's books: cumulative net committed and paid,
/// and payments net of refunds by month, for the call and by budget line.
/// </summary>
public static class SeriesCatalogue
{
    public static readonly IReadOnlyList<SeriesDefinition> Fixed =
    [
        new("arrivals", new("arribades als serveis", "llegadas a los servicios", "arrivals at the services"), KpiUnit.Count, d => d.Monthly.Arrivals.Select(v => (double)v).ToArray()),
        new("activeParticipants", new("persones en un programa o en la finestra d'inserció", "personas en un programa o en la ventana de inserción", "participants in a programme or an insertion window"), KpiUnit.Count,
            d => d.Monthly.Active.Select(v => (double)v).ToArray()),
        new("hires", new("contractacions", "contrataciones", "hires"), KpiUnit.Count, d => d.Monthly.Hires.Select(v => (double)v).ToArray()),
        new("applications", new("sol·licituds registrades", "solicitudes registradas", "applications registered"), KpiUnit.Count, d => d.Monthly.Applications.Select(v => (double)v).ToArray()),
        new("subsidyNetCommittedEur", new("subvenció compromesa neta acumulada", "subvención comprometida neta acumulada", "subsidy net committed, cumulative"), KpiUnit.Euros,
            d => d.CallCumulative(m => m.NetCommittedEur)),
        new("subsidyNetPaidEur", new("subvenció pagada neta acumulada", "subvención pagada neta acumulada", "subsidy net paid, cumulative"), KpiUnit.Euros,
            d => d.CallCumulative(m => m.CumulativePaidEur)),
        new("serviceSpendingSocEur", new("despesa en serveis del SOC", "gasto en servicios del SOC", "spending on services by the SOC"), KpiUnit.Euros,
            d => d.Monthly.ServiceSpendingSocEur.Select(v => (double)v).ToArray()),
        new("serviceSpendingCityCouncilEur", new("despesa en serveis de l'Ajuntament", "gasto en servicios del Ayuntamiento", "spending on services by the city council"), KpiUnit.Euros,
            d => d.Monthly.ServiceSpendingCityCouncilEur.Select(v => (double)v).ToArray()),
        // The 30 Plus call is the SOC's (C1 covers the services only): its payments net of refunds, by month.
        new("subsidyPaidSocEur", new("subvenció pagada pel SOC, per mes", "subvención pagada por el SOC, por mes", "subsidy paid by the SOC, by month"), KpiUnit.Euros,
            d => d.ByMonth(m => m.PaidEur - m.RefundedEur, d.Ledger.CallMonthly)),
    ];

    /// <summary>A budget line's payments net of refunds, by month.</summary>
    public static readonly SeriesFamily LinePayments = new("subsidyPaidEur_line_", new("subvenció pagada per mes, partida ", "subvención pagada por mes, partida ", "subsidy paid by month, budget line "),
        KpiUnit.Euros, code => d => d.ByMonth(m => m.PaidEur - m.RefundedEur, d.Ledger.BudgetLines.Single(l => l.Code == code).Months));

    private static readonly Dictionary<string, SeriesDefinition> ByName = Fixed.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>The series of a scenario: the fixed ones, then one per budget line of its call.</summary>
    public static IReadOnlyList<SeriesDefinition> For(SimulationSetup setup) =>
        [.. Fixed, .. setup.Call.BudgetLines.Select(l => LinePayments.For(l.Code))];

    public static SeriesDefinition? Find(string name) =>
        ByName.GetValueOrDefault(name)
        ?? (name.StartsWith(LinePayments.Prefix, StringComparison.Ordinal) && name.Length > LinePayments.Prefix.Length ? LinePayments.For(name[LinePayments.Prefix.Length..]) : null);

    public static SeriesDefinition Describe(string name) => Find(name) ?? throw new ArgumentException($"no series '{name}' in the catalogue");
}
