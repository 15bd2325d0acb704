using System.Globalization;
using System.Text.Json;
using Soc.Simulation.Client.Charts;
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
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(HtmlDocument doc, Scenario scenario, string id)
    {
        doc.Heading(2, "Scenario: parameters and assumptions", id);
        doc.Paragraph($"Scenario \u201c{scenario.Name}\u201d. Parameters are named by their JSON path in the scenario file; any of them can be changed with --set path=value.", "lead");
        if (scenario.Description.Length > 0) doc.Paragraph(scenario.Description);

        WriteCall(doc, scenario.Call);
        if (scenario.IsSimulation) WritePolicy(doc, scenario);

        doc.Heading(3, "Assumptions", id + "-assumptions");
        if (scenario.Assumptions.Count == 0) doc.Paragraph("The scenario lists no assumptions.", "note");
        else doc.List(scenario.Assumptions, ordered: true);
    }

    private static void WriteCall(HtmlDocument doc, CallParameters c)
    {
        doc.Heading(3, "The call (30 Plus, Línia 2)");
        doc.Parameters(
        [
            ("call.budgetEur", Units.Euros(c.BudgetEur)),
            ("call.hiringStart … hiringEnd", $"{Date(c.HiringStart)} to {Date(c.HiringEnd)}"),
            ("call.filingStart … filingEnd", $"{Date(c.FilingStart)} to {Date(c.FilingEnd)}"),
            ("call.filingWindowMonths", Months(c.FilingWindowMonths) + " after the contract start"),
            ("call.executionEnd", Date(c.ExecutionEnd)),
            ("call.minimumAge", $"{c.MinimumAge} years"),
            ("call.minimumContractMonths", Months(c.MinimumContractMonths)),
            ("call.minimumWorkingTimeFraction", Share(c.MinimumWorkingTimeFraction) + $" of {Num(c.FullTimeWeeklyHours)} h a week (call.fullTimeWeeklyHours)"),
            ("call.monthlyAmountEur, dailyModuleEur", $"{Units.Euros(c.Monthly)} a month, {Units.Euros(c.Daily)} a day"
                + (c.AnnualMinimumWageEur is decimal w && c.MonthlyAmountEur is null ? $" (from the annual minimum wage {Units.Euros(w)}, H5)" : "")),
            ("call.maxSubsidisedMonths", Months(c.MaxSubsidisedMonths)),
            ("call.maxParticipantsPerEmployer", c.MaxParticipantsPerEmployer.ToString(Invariant)),
            ("call.deMinimisCapEur, deMinimisRoadTransportCapEur", $"{Units.Euros(c.DeMinimisCapEur)}, road transport {Units.Euros(c.DeMinimisRoadTransportCapEur)}"),
            ("call.advanceShare", Share(c.AdvanceShare) + " paid on the grant"),
            ("call.justificationDelayMonths", Months(c.JustificationDelayMonths) + " after the subsidised period"),
            ("call.eligibleEmployerTypes", string.Join(", ", c.EligibleEmployerTypes.Select(Json))),
            ("call.employerTypeLines", string.Join("; ", c.EmployerTypeLines.Select(kv => $"{Json(kv.Key)} → {kv.Value}"))),
            ("call.awardOrder", Json(c.AwardOrder)),
            ("call.partialGrants", c.PartialGrants ? "true" : "false"),
        ]);
        doc.Table(["call.budgetLines: code", Num("share"), Num("initial budget"), "note"],
            c.BudgetLines.Select(l => (IReadOnlyList<HtmlDocument.Cell>)[l.Code, Num(Share(l.Share)), Num(Units.Euros(c.BudgetEur * l.Share)), l.Note]));
        if (c.BudgetChanges.Count == 0)
        {
            doc.Paragraph("call.budgetChanges: none (no dated top-up or cut).", "note");
        }
        else
        {
            doc.Table(["call.budgetChanges: on", "kind", Num("amount"), "line"],
                c.BudgetChanges.Select(b => (IReadOnlyList<HtmlDocument.Cell>)[Date(b.On), Json(b.Kind), Num(Units.Euros(b.AmountEur)), b.Line ?? "all lines"]));
        }
    }

    private static void WritePolicy(HtmlDocument doc, Scenario s)
    {
        Horizon h = s.Horizon!;
        Population p = s.Population!;
        doc.Heading(3, "Horizon and population");
        doc.Parameters(
        [
            ("horizon.start", Date(h.Start)),
            ("horizon.arrivalMonths", Months(h.ArrivalMonths) + " of arrivals"),
            ("horizon.insertionWindowMonths", Months(h.InsertionWindowMonths) + " from entry to the services (H1)"),
            ("horizon.programmeReportingWindowMonths", Months(h.ProgrammeReportingWindowMonths) + " after leaving a programme (its own reporting, C3)"),
            ("population.monthlyArrivals", Num(p.MonthlyArrivals) + " a month"),
            ("population.ageBands", Shares(p.AgeBands)),
            ("population.longTermUnemployedShare", Share(p.LongTermUnemployedShare)),
            ("population.education", Shares(p.Education)),
            ("population.districts", Shares(p.Districts)),
        ]);

        doc.Heading(3, "Services");
        doc.Table(["services[].id", "area", Num("budget"), Num("SOC share"), Num("cost per participant"), Num("duration"),
                "eligibility", Num("uptake"), Num("hazard ×"), Num("studies hazard")],
            s.Services!.Select(sp => (IReadOnlyList<HtmlDocument.Cell>)
            [
                sp.Id, sp.Area.Name(), Num(Units.Euros((double)sp.BudgetEur)), Num(Percent(sp.SocShare)), Num(Units.Euros((double)sp.CostPerParticipantEur)),
                Num(Months(sp.DurationMonths)), Eligibility(sp.Eligibility), Num(Percent(sp.Uptake)), Num(Num(sp.HazardMultiplier)), Num(Num(sp.StudiesHazard)),
            ]));
        doc.List(s.Services!.Where(sp => sp.Note.Length > 0).Select(sp => $"{sp.Id}: {sp.Note}"));
        doc.Parameters([("pathway", string.Join("; ", s.Pathway!.Select((step, i) => $"step {i + 1}: {string.Join(", else ", step)}")))]);

        EmployerPopulation e = s.Employers!;
        Behaviour b = s.Behaviour!;
        doc.Heading(3, "Employers and behaviour");
        doc.Parameters(
        [
            ("employers.countByType", string.Join(", ", e.CountByType.Select(kv => $"{kv.Key} {kv.Value.ToString("#,##0", Invariant)}"))),
            ("employers.roadTransportShare", Share(e.RoadTransportShare)),
            ("employers.priorDeMinimisShare, priorDeMinimisMeanEur", $"{Share(e.PriorDeMinimisShare)}, mean {Units.Euros((double)e.PriorDeMinimisMeanEur)}"),
            ("behaviour.monthlyJobHazard", string.Join(", ", b.MonthlyJobHazard.Select(kv => $"{kv.Key} {Num(kv.Value)}"))),
            ("behaviour.longTermUnemployedMultiplier", Num(b.LongTermUnemployedMultiplier)),
            ("behaviour.educationMultiplier", string.Join(", ", b.EducationMultiplier.Select(kv => $"{kv.Key} {Num(kv.Value)}"))),
            ("behaviour.inServiceMultiplier", Num(b.InServiceMultiplier)),
            ("behaviour.permanentShare", Share(b.PermanentShare)),
            ("behaviour.temporaryContractMonths", string.Join(", ", b.TemporaryContractMonths.Select(t => $"{Months(t.Months)} {Percent(t.Share)}"))),
            ("behaviour.fullTimeShare", Share(b.FullTimeShare)),
            ("behaviour.partTimeMinHours … partTimeMaxHours", $"{Num(b.PartTimeMinHours)} to {Num(b.PartTimeMaxHours)} h a week"),
            ("behaviour.subsidyTakeUp", Share(b.SubsidyTakeUp)),
            ("behaviour.filingDelayMaxDays", $"{b.FilingDelayMaxDays} days"),
            ("behaviour.lateFilingShare", Share(b.LateFilingShare)),
            ("behaviour.monthlyEarlyEndHazard", Num(b.MonthlyEarlyEndHazard) + " a month"),
            ("behaviour.renunciationShare", Share(b.RenunciationShare)),
            ("behaviour.deadweight", Share(b.Deadweight)),
        ]);
    }

    private static string Eligibility(ServiceEligibility e)
    {
        var parts = new List<string>();
        if (e.MinAge > 0 || e.MaxAge < 120) parts.Add($"aged {e.MinAge}–{e.MaxAge}");
        if (e.AddedDifficultiesOnly) parts.Add("added difficulties only");
        return parts.Count == 0 ? "all" : string.Join(", ", parts);
    }

    private static HtmlDocument.Cell Num(string text) => HtmlDocument.Num(text);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", Invariant);

    private static string Months(int months) => months == 1 ? "1 month" : $"{months} months";

    private static string Num(decimal d) => d.ToString("#,##0.##########", Invariant);

    private static string Percent(decimal fraction) => (fraction * 100).ToString("0.##", Invariant) + " %";

    private static string Share(decimal fraction) => $"{Num(fraction)} ({Percent(fraction)})";

    private static string Shares(IReadOnlyDictionary<string, decimal> shares) => string.Join(", ", shares.Select(kv => $"{kv.Key} {Percent(kv.Value)}"));

    /// <summary>An enum value as the scenario file writes it (snake_case).</summary>
    private static string Json<T>(T value) => JsonSerializer.Serialize(value, ScenarioJson.Options).Trim('"');
}
