using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Simulation;

namespace Soc.Simulation.Model.Kpis;

/// <summary>
/// Every KPI of a Monte Carlo replicate, defined once: name, labels (ca, es, en), unit, which way is better, and how
/// it is computed. Results, tables, spreadsheets, charts, compare, sweep, plan, sensitivity and the report read
/// this catalogue; nothing infers a unit or a direction from a name. A new KPI is one line in <see cref="Fixed"/>.
/// Rates are fractions (0..1), money euros.
/// </summary>
public static class KpiCatalogue
{
    /// <summary>The KPIs every policy scenario has, in the order of results.json.</summary>
    public static readonly IReadOnlyList<KpiDefinition> Fixed =
    [
        new("participants", new("persones participants", "personas participantes", "participants"), KpiUnit.Count, Better.Neither,
            d => d.Participants.GetValueOrDefault("all")),
        // H1: one window for everyone, from entry; H2: the call's effect is the difference with the twin without call money.
        new("insertions", new("insercions (contracte dins la finestra des de l'entrada)", "inserciones (contrato dentro de la ventana desde la entrada)", "insertions (a contract within the window from entry)"), KpiUnit.Count, Better.Higher,
            d => d.Insertions.GetValueOrDefault("all")),
        new("insertionsCausedByCall", new("insercions causades per la convocatòria", "inserciones causadas por la convocatoria", "insertions caused by the call"), KpiUnit.Count, Better.Higher,
            d => d.CausedByCall),
        new("insertionRateWithoutCall", new("taxa d'inserció sense diners de la convocatòria", "tasa de inserción sin dinero de la convocatoria", "insertion rate with no call money"), KpiUnit.Share, Better.Neither,
            d => d.WithoutCallRate("all")),
        new("insertionRate", new("taxa d'inserció, totes les persones", "tasa de inserción, todas las personas", "insertion rate, all participants"), KpiUnit.Share, Better.Higher,
            d => d.Rate("all")),
        new("youthInsertionRate", new("taxa d'inserció, menors de 30 anys", "tasa de inserción, menores de 30 años", "insertion rate, under 30"), KpiUnit.Share, Better.Higher,
            d => d.Rate("under30")),
        new("insertionRate30to44", new("taxa d'inserció, de 30 a 44 anys", "tasa de inserción, de 30 a 44 años", "insertion rate, aged 30–44"), KpiUnit.Share, Better.Higher,
            d => d.Rate("from30to44")),
        new("insertionRate45plus", new("taxa d'inserció, 45 anys o més", "tasa de inserción, 45 años o más", "insertion rate, aged 45+"), KpiUnit.Share, Better.Higher,
            d => d.Rate("from45")),
        new("longTermUnemployedInsertionRate", new("taxa d'inserció, atur de llarga durada", "tasa de inserción, paro de larga duración", "insertion rate, long-term unemployed"), KpiUnit.Share, Better.Higher,
            d => d.Rate("long_term")),
        new("noProgrammeInsertionRate", new("taxa d'inserció, sense programa", "tasa de inserción, sin programa", "insertion rate, no programme"), KpiUnit.Share, Better.Higher,
            d => d.Rate("none")),
        new("guidanceUsage", new("persones que fan orientació", "personas que hacen orientación", "share who used guidance"), KpiUnit.Share, Better.Higher,
            d => (double)d.GuidanceUsers / Math.Max(1, d.Participants.GetValueOrDefault("all"))),
        new("permanentShare", new("insercions amb contracte indefinit", "inserciones con contrato indefinido", "share of insertions on permanent contracts"), KpiUnit.Share, Better.Higher,
            d => (double)d.PermanentInsertions / Math.Max(1, d.Insertions.GetValueOrDefault("all"))),
        new("applications", new("sol·licituds a la convocatòria", "solicitudes a la convocatoria", "applications to the call"), KpiUnit.Count, Better.Neither,
            d => d.HomeDecisions.Length),
        new("applicationsRefusedBudget", new("sol·licituds denegades per manca de pressupost", "solicitudes denegadas por falta de presupuesto", "applications refused for budget"), KpiUnit.Count, Better.Lower,
            d => d.HomeDecisions.Count(x => x.Decision == DecisionKind.RefusedBudget)),
        new("grossSubsidisedInsertions", new("contractacions subvencionades (brutes)", "contrataciones subvencionadas (brutas)", "subsidised hires (gross)"), KpiUnit.Count, Better.Higher,
            d => d.GrossSubsidised),
        new("deadweightShare", new("pes mort: 1 − causades ÷ subvencionades", "peso muerto: 1 − causadas ÷ subvencionadas", "deadweight: 1 − caused ÷ subsidised insertions"), KpiUnit.Share, Better.Lower,
            d => d.GrossSubsidised == 0 ? double.NaN : 1.0 - (double)d.CausedByCall / d.GrossSubsidised),
        // I1: with other territories on the same call, the counts and costs above are the simulated territory's own; the
        // money below is the call's (its books, its budget, when it ran out), and these two say how the call was shared.
        new("callApplications", new("sol·licituds a la convocatòria, tots els territoris", "solicitudes a la convocatoria, todos los territorios", "applications to the call, all territories"), KpiUnit.Count, Better.Neither,
            d => d.Decisions.Length),
        new("territoryShareOfCall", new("part de la convocatòria pagada al territori simulat", "parte de la convocatoria pagada al territorio simulado", "share of the call paid to the simulated territory"), KpiUnit.Share, Better.Neither,
            d => d.Ledger.Kpis.NetPaidEur == 0 ? double.NaN : (double)(d.HomeNetPaidEur / d.Ledger.Kpis.NetPaidEur)),
        new("subsidyCommittedEur", new("subvenció compromesa neta", "subvención comprometida neta", "subsidy net committed"), KpiUnit.Euros, Better.Neither,
            d => (double)d.Ledger.Kpis.NetCommittedEur),
        new("subsidyPaidEur", new("subvenció pagada neta", "subvención pagada neta", "subsidy net paid"), KpiUnit.Euros, Better.Neither,
            d => (double)d.Ledger.Kpis.NetPaidEur),
        new("subsidyRefundedEur", new("subvenció reintegrada", "subvención reintegrada", "subsidy refunded"), KpiUnit.Euros, Better.Neither,
            d => (double)d.Ledger.Kpis.RefundedEur),
        new("subsidyReassignedEur", new("subvenció reassignada a la llista d'espera", "subvención reasignada a la lista de espera", "subsidy reassigned to the waiting list"), KpiUnit.Euros, Better.Neither,
            d => (double)d.Ledger.Kpis.ReassignedEur),
        new("subsidyBudgetExecutionPct", new("execució del pressupost (compromès net ÷ pressupost final)", "ejecución del presupuesto (comprometido neto ÷ presupuesto final)", "budget execution (net committed ÷ final budget)"), KpiUnit.Percent, Better.Neither,
            d => (double)d.Ledger.Kpis.BudgetExecutionPct),
        // The money a manager weighs against the risk of running dry (issue 18): what the final budget leaves uncommitted.
        new("subsidyUnspentEur", new("subvenció no compromesa (pressupost final − compromès net)", "subvención no comprometida (presupuesto final − comprometido neto)", "subsidy left unspent (final budget − net committed)"), KpiUnit.Euros, Better.Neither,
            d => (double)d.Ledger.Kpis.UnspentEur),
        new("callExhausted", new("la convocatòria s'exhaureix", "la convocatoria se agota", "the call ran out of budget"), KpiUnit.Share, Better.Neither,
            d => d.Summary.ExhaustedOn is null ? 0 : 1),
        // A12: applications are decided on their registration day, so the call runs dry while filing is open unless money
        // ran out only when a quota's reservation ended (B7) after the filing end; the manager's risk is this one.
        new("callExhaustedBeforeFilingEnd", new("la convocatòria s'exhaureix abans del final de presentació", "la convocatoria se agota antes del fin de presentación", "the call ran out of budget by its filing end"), KpiUnit.Share, Better.Neither,
            d => d.Summary.ExhaustedOn is DateOnly e && e <= d.Setup.Call.FilingEnd ? 1 : 0),
        new("exhaustionDayOfCall", new("dia en què s'exhaureix (dies des de l'obertura)", "día en que se agota (días desde la apertura)", "day of the call it ran out (days from opening)"), KpiUnit.Days, Better.Neither,
            d => d.Summary.ExhaustedOn is DateOnly e ? e.DayNumber - d.Summary.OpenedOn.DayNumber : double.NaN),
        new("serviceSpendingEur", new("despesa en serveis", "gasto en servicios", "spending on services"), KpiUnit.Euros, Better.Neither,
            d => (double)d.ServiceSpendingEur),
        new("costPerInsertionEur", new("cost per inserció (serveis + subvenció pagada)", "coste por inserción (servicios + subvención pagada)", "cost per insertion (services + subsidy paid)"), KpiUnit.Euros, Better.Lower,
            d => (double)(d.ServiceSpendingEur + d.HomeNetPaidEur) / Math.Max(1, d.Insertions.GetValueOrDefault("all"))),
        new("costPerCausedInsertionEur", new("subvenció pagada per inserció causada", "subvención pagada por inserción causada", "subsidy paid per insertion caused by the call"), KpiUnit.Euros, Better.Lower,
            d => d.CausedByCall <= 0 ? double.NaN : (double)d.HomeNetPaidEur / d.CausedByCall),
        // C1: the services are funded 70/30 by the SOC and the city council; the 30 Plus call is the SOC's.
        new("spendingSocEur", new("despesa pagada pel SOC", "gasto pagado por el SOC", "spending paid by the SOC"), KpiUnit.Euros, Better.Neither,
            d => (double)(d.ServiceSpendingSocEur + d.HomeNetPaidEur)),
        new("spendingCityCouncilEur", new("despesa pagada per l'Ajuntament", "gasto pagado por el Ayuntamiento", "spending paid by the city council"), KpiUnit.Euros, Better.Neither,
            d => (double)d.ServiceSpendingCityCouncilEur),
    ];

    /// <summary>Insertion of the participants whose main programme is in the area (C3).</summary>
    public static readonly KpiFamily AreaInsertion = new("insertionRate_area_", new("taxa d'inserció, àmbit ", "tasa de inserción, ámbito ", "insertion rate, service area "),
        KpiUnit.Share, Better.Higher, area => d => d.Rate("area:" + area));

    /// <summary>Insertion of the participants whose main programme it is.</summary>
    public static readonly KpiFamily ProgrammeInsertion = new("insertionRate_programme_", new("taxa d'inserció, programa ", "tasa de inserción, programa ", "insertion rate, programme "),
        KpiUnit.Share, Better.Higher, id => d => d.Rate("programme:" + id));

    /// <summary>Back to studies within the insertion window (Taller d'Oficis, C3): only for programmes that send people back to studies.</summary>
    public static readonly KpiFamily ProgrammeStudies = new("backToStudiesRate_programme_", new("retorn als estudis, programa ", "vuelta a los estudios, programa ", "back to studies, programme "),
        KpiUnit.Share, Better.Neither, id => d => d.StudiesRate("programme:" + id));

    /// <summary>The programme's own convention (C3, E): back to work within its reporting window after leaving it.</summary>
    public static readonly KpiFamily ProgrammeReported = new("reportedInsertionRate_programme_", new("inserció segons el programa (dins la finestra en sortir), ", "inserción según el programa (dentro de la ventana al salir), ", "insertion as the programme reports it (within its window after leaving), "),
        KpiUnit.Share, Better.Higher, id => d => d.ReportedRate("programme:" + id));

    /// <summary>Back to studies as the programme reports it (Taller d'Oficis: 10%, C3).</summary>
    public static readonly KpiFamily ProgrammeReportedStudies = new("reportedBackToStudiesRate_programme_", new("retorn als estudis segons el programa, ", "vuelta a los estudios según el programa, ", "back to studies as the programme reports it, "),
        KpiUnit.Share, Better.Neither, id => d => d.ReportedStudiesRate("programme:" + id));

    /// <summary>I1: the share of the call's net payments that went to another territory's employers.</summary>
    public static readonly KpiFamily TerritoryShare = new("callShare_territory_", new("part de la convocatòria pagada al territori ", "parte de la convocatoria pagada al territorio ", "share of the call paid to territory "),
        KpiUnit.Share, Better.Neither, id => d => d.Ledger.Kpis.NetPaidEur == 0 ? double.NaN : (double)(d.TerritoryNetPaidEur(id) / d.Ledger.Kpis.NetPaidEur));

    /// <summary>I2: another territory's applications refused because its promoters had no place left; only for territories with promoters.</summary>
    public static readonly KpiFamily TerritoryPlacesRefusals = new("refusedPromoterPlaces_territory_", new("sol·licituds denegades sense places de promotor, territori ", "solicitudes denegadas sin plazas de promotor, territorio ", "applications refused for lack of promoter places, territory "),
        KpiUnit.Count, Better.Neither, id => d => d.TerritoryPlacesRefusals(id));

    private static readonly KpiFamily[] Families = [AreaInsertion, ProgrammeInsertion, ProgrammeStudies, ProgrammeReported, ProgrammeReportedStudies, TerritoryShare, TerritoryPlacesRefusals];

    private static readonly Dictionary<string, KpiDefinition> ByName = Fixed.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The KPIs of a scenario: the fixed ones, then insertion by service area, then each programme's, then each other territory's.</summary>
    public static IReadOnlyList<KpiDefinition> For(SimulationSetup setup)
    {
        var kpis = new List<KpiDefinition>(Fixed);
        IEnumerable<ServiceProgramme> participantProgrammes = setup.Programmes.Where(p => p.Area.ServesParticipants());
        kpis.AddRange(participantProgrammes.Select(p => p.Area.Name()).Distinct().Order(StringComparer.Ordinal).Select(AreaInsertion.For));
        foreach (ServiceProgramme p in participantProgrammes)
        {
            kpis.Add(ProgrammeInsertion.For(p.Id));
            kpis.Add(ProgrammeReported.For(p.Id));
            if (p.StudiesHazard > 0)
            {
                kpis.Add(ProgrammeStudies.For(p.Id));
                kpis.Add(ProgrammeReportedStudies.For(p.Id));
            }
        }

        foreach (Territory t in setup.Scenario.Territories ?? [])
        {
            kpis.Add(TerritoryShare.For(t.Id));
            if (t.Promoters.Count > 0) kpis.Add(TerritoryPlacesRefusals.For(t.Id));
        }

        return kpis;
    }

    /// <summary>The definition of a KPI named in a result file or by a user; null if there is no such KPI.</summary>
    public static KpiDefinition? Find(string name)
    {
        if (ByName.TryGetValue(name, out KpiDefinition? kpi)) return kpi;
        KpiFamily? family = Families.FirstOrDefault(f => name.StartsWith(f.Prefix, StringComparison.Ordinal) && name.Length > f.Prefix.Length);
        return family?.For(name[family.Prefix.Length..]);
    }

    /// <summary>As <see cref="Find"/>, for names that come from results: an unknown one is a bug, not a user's mistake.</summary>
    public static KpiDefinition Describe(string name) => Find(name) ?? throw new ArgumentException($"no KPI '{name}' in the catalogue");
}
