namespace Soc.Simulation.Analysis.Calibration;

/// <summary>
/// A figure the baseline must reproduce (domain.md E), as the KPI that measures it. <paramref name="SetBy"/> names the
/// parameter that sets it directly (a share written into the scenario): such a target is met by construction and
/// says nothing about the fitted parameters, so the fit leaves it out.
/// </summary>
public sealed record CalibrationTarget(string Kpi, double Value, string Source, string? SetBy = null);

/// <summary>The calibration targets of domain.md section E.</summary>
public static class CalibrationTargets
{
    public static readonly IReadOnlyList<CalibrationTarget> Barcelona2023 =
    [
        // H1: within the insertion window from entry, whatever the pathway.
        new("insertionRate", 0.479, "C2: 47.9% found a job"),
        new("youthInsertionRate", 0.563, "C2: young people 56.3%"),
        new("permanentShare", 0.419, "C2: 41.9% of contracts permanent", SetBy: "behaviour.permanentShare"),
        new("guidanceUsage", 0.8613, "C3: career guidance used by 86.13%", SetBy: "services[0].uptake"),
        // C3 as each programme reports it: within its reporting window after leaving it (E).
        new("reportedInsertionRate_programme_pic", 0.45, "C3: PIC 45% insertion"),
        new("reportedInsertionRate_programme_taller_oficis", 0.75, "C3: Taller d'Oficis 75% back to work"),
        new("reportedBackToStudiesRate_programme_taller_oficis", 0.10, "C3: Taller d'Oficis 10% back to studies"),
    ];

    /// <summary>Fedea 2018: unemployed people aged 45+ leave unemployment at about 2% a month after their first year.</summary>
    public const double LongTermHazard45Plus = 0.02;
}
