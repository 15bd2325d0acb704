using System.Globalization;
using System.Text.Json;
using Soc.Simulation.Client.Charts;
using Soc.Simulation.Client.Languages;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Client.Report;

/// <summary>
/// The scenario's parameters, named by their JSON path (what <c>--set</c> takes), and its assumptions: the call's
/// main parameters, and for a policy scenario the horizon, population, services, pathway, employers and behaviour.
/// </summary>
public static class ScenarioSection
{
    private static NumberFormatInfo Numbers => Say.Numbers;

    public static void Write(HtmlDocument doc, Scenario scenario, string id)
    {
        doc.Heading(2, Say.T("Scenario: parameters and assumptions"), id);
        doc.Paragraph(Say.F("Scenario \u201c{0}\u201d. Parameters are named by their JSON path in the scenario file; any of them can be changed with --set path=value.", scenario.Name), "lead");
        if (scenario.Description.Length > 0) doc.Paragraph(scenario.Description);

        WriteCall(doc, scenario.Call);
        if (scenario.IsSimulation) WritePolicy(doc, scenario);

        doc.Heading(3, Say.T("Assumptions"), id + "-assumptions");
        if (scenario.Assumptions.Count == 0) doc.Paragraph(Say.T("The scenario lists no assumptions."), "note");
        else doc.List(scenario.Assumptions, ordered: true);
    }

    private static void WriteCall(HtmlDocument doc, CallParameters c)
    {
        doc.Heading(3, Say.T("The call (30 Plus, Línia 2)"));
        doc.Parameters(
        [
            ("call.budgetEur", Units.Euros(c.BudgetEur)),
            ("call.hiringStart … hiringEnd", Say.F("{0} to {1}", Date(c.HiringStart), Date(c.HiringEnd))),
            ("call.filingStart … filingEnd", Say.F("{0} to {1}", Date(c.FilingStart), Date(c.FilingEnd))),
            ("call.filingWindowMonths", Months(c.FilingWindowMonths) + Say.T(" after the contract start")),
            ("call.executionEnd", Date(c.ExecutionEnd)),
            ("call.minimumAge", Say.F("{0} years", c.MinimumAge)),
            ("call.minimumContractMonths", Months(c.MinimumContractMonths)),
            ("call.minimumWorkingTimeFraction", Share(c.MinimumWorkingTimeFraction) + Say.F(" of {0} h a week (call.fullTimeWeeklyHours)", Num(c.FullTimeWeeklyHours))),
            ("call.monthlyAmountEur, dailyModuleEur", Say.F("{0} a month, {1} a day", Units.Euros(c.Monthly), Units.Euros(c.Daily))
                + (c.AnnualMinimumWageEur is decimal w && c.MonthlyAmountEur is null ? Say.F(" (from the annual minimum wage {0}, H5)", Units.Euros(w)) : "")),
            ("call.maxSubsidisedMonths", Months(c.MaxSubsidisedMonths)),
            ("call.maxParticipantsPerEmployer", c.MaxParticipantsPerEmployer.ToString(Numbers)),
            ("call.deMinimisCapEur, deMinimisRoadTransportCapEur", Say.F("{0}, road transport {1}", Units.Euros(c.DeMinimisCapEur), Units.Euros(c.DeMinimisRoadTransportCapEur))),
            ("call.advanceShare", Share(c.AdvanceShare) + Say.T(" paid on the grant")),
            ("call.justificationDelayMonths", Months(c.JustificationDelayMonths) + Say.T(" after the subsidised period")),
            ("call.eligibleEmployerTypes", string.Join(", ", c.EligibleEmployerTypes.Select(Json))),
            ("call.employerTypeLines", string.Join("; ", c.EmployerTypeLines.Select(kv => $"{Json(kv.Key)} → {kv.Value}"))),
            ("call.awardOrder", Json(c.AwardOrder)),
            ("call.partialGrants", c.PartialGrants ? "true" : "false"),
            ("call.quotas", c.Quotas.Count == 0 ? Say.T("none") : string.Join("; ", c.Quotas.Select(q =>
                Say.F("{0}: {1} of the budget held until {2} (ASSUMPTION)", Say.T(QuotaGroupNames.Label(q.Group)), Share(q.MinShare), Date(c.ReservedUntil(q)))))),
        ]);
        doc.Table(["call.budgetLines: code", Num(Say.T("share")), Num(Say.T("initial budget")), Say.T("note")],
            c.BudgetLines.Select(l => (IReadOnlyList<HtmlDocument.Cell>)[l.Code, Num(Share(l.Share)), Num(Units.Euros(c.BudgetEur * l.Share)), l.Note]));
        if (c.BudgetChanges.Count == 0)
        {
            doc.Paragraph(Say.T("call.budgetChanges: none (no dated top-up or cut)."), "note");
        }
        else
        {
            doc.Table(["call.budgetChanges: on", Say.T("kind"), Num(Say.T("amount")), Say.T("line")],
                c.BudgetChanges.Select(b => (IReadOnlyList<HtmlDocument.Cell>)[Date(b.On), Json(b.Kind), Num(Units.Euros(b.AmountEur)), b.Line ?? Say.T("all lines")]));
        }
    }

    private static void WritePolicy(HtmlDocument doc, Scenario s)
    {
        Horizon h = s.Horizon!;
        Population p = s.Population!;
        doc.Heading(3, Say.T("Horizon and population"));
        doc.Parameters(
        [
            ("horizon.start", Date(h.Start)),
            ("horizon.arrivalMonths", Months(h.ArrivalMonths) + Say.T(" of arrivals")),
            ("horizon.insertionWindowMonths", Months(h.InsertionWindowMonths) + Say.T(" from entry to the services (H1)")),
            ("horizon.programmeReportingWindowMonths", Months(h.ProgrammeReportingWindowMonths) + Say.T(" after leaving a programme (its own reporting, C3)")),
            ("population.monthlyArrivals", Num(p.MonthlyArrivals) + Say.T(" a month")),
            ("population.ageBands", Shares(p.AgeBands)),
            ("population.longTermUnemployedShare", Share(p.LongTermUnemployedShare)),
            ("population.education", Shares(p.Education)),
            ("population.districts", Shares(p.Districts)),
        ]);
        if (s.Territories is { Count: > 0 } territories) WriteTerritories(doc, territories);

        doc.Heading(3, Say.T("Services"));
        doc.Table(["services[].id", Say.T("area"), Num(Say.T("budget")), Num(Say.T("SOC share")), Num(Say.T("cost per participant")), Num(Say.T("duration")),
                Say.T("eligibility"), Num(Say.T("uptake")), Num(Say.T("hazard ×")), Num(Say.T("studies hazard"))],
            s.Services!.Select(sp => (IReadOnlyList<HtmlDocument.Cell>)
            [
                sp.Id, sp.Area.Name(), Num(Units.Euros((double)sp.BudgetEur)), Num(Percent(sp.SocShare)), Num(Units.Euros((double)sp.CostPerParticipantEur)),
                Num(Months(sp.DurationMonths)), Eligibility(sp.Eligibility), Num(Percent(sp.Uptake)), Num(Num(sp.HazardMultiplier)), Num(Num(sp.StudiesHazard)),
            ]));
        doc.List(s.Services!.Where(sp => sp.Note.Length > 0).Select(sp => $"{sp.Id}: {sp.Note}"));
        doc.Parameters([("pathway", string.Join("; ", s.Pathway!.Select((step, i) => Say.F("step {0}: {1}", i + 1, string.Join(Say.T(", else "), step)))))]);

        EmployerPopulation e = s.Employers!;
        Behaviour b = s.Behaviour!;
        doc.Heading(3, Say.T("Employers and behaviour"));
        doc.Parameters(
        [
            ("employers.countByType", string.Join(", ", e.CountByType.Select(kv => $"{kv.Key} {kv.Value.ToString("#,##0", Numbers)}"))),
            ("employers.roadTransportShare", Share(e.RoadTransportShare)),
            ("employers.priorDeMinimisShare, priorDeMinimisMeanEur", Say.F("{0}, mean {1}", Share(e.PriorDeMinimisShare), Units.Euros((double)e.PriorDeMinimisMeanEur))),
            ("behaviour.monthlyJobHazard", string.Join(", ", b.MonthlyJobHazard.Select(kv => $"{kv.Key} {Num(kv.Value)}"))),
            ("behaviour.longTermUnemployedMultiplier", Num(b.LongTermUnemployedMultiplier)),
            ("behaviour.educationMultiplier", string.Join(", ", b.EducationMultiplier.Select(kv => $"{kv.Key} {Num(kv.Value)}"))),
            ("behaviour.inServiceMultiplier", Num(b.InServiceMultiplier)),
            ("behaviour.permanentShare", Share(b.PermanentShare)),
            ("behaviour.temporaryContractMonths", string.Join(", ", b.TemporaryContractMonths.Select(t => $"{Months(t.Months)} {Percent(t.Share)}"))),
            ("behaviour.fullTimeShare", Share(b.FullTimeShare)),
            ("behaviour.partTimeMinHours … partTimeMaxHours", Say.F("{0} to {1} h a week", Num(b.PartTimeMinHours), Num(b.PartTimeMaxHours))),
            ("behaviour.subsidyTakeUp", Share(b.SubsidyTakeUp)),
            ("behaviour.filingDelayMaxDays", Say.F("{0} days", b.FilingDelayMaxDays)),
            ("behaviour.lateFilingShare", Share(b.LateFilingShare)),
            ("behaviour.monthlyEarlyEndHazard", Num(b.MonthlyEarlyEndHazard) + Say.T(" a month")),
            ("behaviour.renunciationShare", Share(b.RenunciationShare)),
            ("behaviour.deadweight", Share(b.Deadweight)),
        ]);
    }

    /// <summary>I1, I2: who else applies to the call, what their demand rests on, and the promoters that bound it.</summary>
    private static void WriteTerritories(HtmlDocument doc, IReadOnlyList<Territory> territories)
    {
        doc.Heading(3, Say.T("Other territories on the call (I1)"));
        doc.Paragraph(Say.T("Their employers apply to the same call in the same registry order; their applications are drawn in each replicate with the synthetic register's shapes (ASSUMPTION), in the number given here."), "note");
        doc.Table(["territories[].id", Say.T("name"), Num(Say.T("registered unemployed")), Num(Say.T("applications a call")), Say.T("promoters (places)"), Say.T("source")],
            territories.Select(t => (IReadOnlyList<HtmlDocument.Cell>)
            [
                t.Id, t.Name, Num(t.RegisteredUnemployed.ToString("#,##0", Numbers)), Num(Num(t.ApplicationsPerCall)),
                t.Promoters.Count == 0 ? Say.T("none: no promoter bounds its grants")
                    : string.Join(", ", t.Promoters.Select(p => $"{(p.Name.Length > 0 ? p.Name : p.Id)} {p.Places.ToString("#,##0", Numbers)}")),
                t.Source,
            ]));
    }

    private static string Eligibility(ServiceEligibility e)
    {
        var parts = new List<string>();
        if (e.MinAge > 0 || e.MaxAge < 120) parts.Add(Say.F("aged {0}–{1}", e.MinAge, e.MaxAge));
        if (e.AddedDifficultiesOnly) parts.Add(Say.T("added difficulties only"));
        return parts.Count == 0 ? Say.T("all") : string.Join(", ", parts);
    }

    private static HtmlDocument.Cell Num(string text) => HtmlDocument.Num(text);

    private static string Date(DateOnly d) => Say.Date(d);

    private static string Months(int months) => months == 1 ? Say.T("1 month") : Say.F("{0} months", months);

    private static string Num(decimal d) => d.ToString("#,##0.##########", Numbers);

    private static string Percent(decimal fraction) => (fraction * 100).ToString("0.##", Numbers) + " %";

    private static string Share(decimal fraction) => $"{Num(fraction)} ({Percent(fraction)})";

    private static string Shares(IReadOnlyDictionary<string, decimal> shares) => string.Join(", ", shares.Select(kv => $"{kv.Key} {Percent(kv.Value)}"));

    /// <summary>An enum value as the scenario file writes it (snake_case).</summary>
    private static string Json<T>(T value) => JsonSerializer.Serialize(value, ScenarioJson.Options).Trim('"');
}
