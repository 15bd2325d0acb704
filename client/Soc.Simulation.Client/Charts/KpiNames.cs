namespace Soc.Simulation.Client.Charts;

/// <summary>What a Monte Carlo KPI measures, in words, and how its values read (a fraction, a % already, euros, a count).</summary>
public static class KpiNames
{
    public enum Kind
    {
        /// <summary>A fraction 0..1, shown as %; differences in percentage points.</summary>
        Fraction,

        /// <summary>Already a percentage (…Pct); differences in percentage points.</summary>
        Percent,
        Euros,
        Count,
    }

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["participants"] = "participants",
        ["insertionRate"] = "insertion rate, all participants",
        ["youthInsertionRate"] = "insertion rate, under 30",
        ["insertionRate30to44"] = "insertion rate, aged 30–44",
        ["insertionRate45plus"] = "insertion rate, aged 45+",
        ["longTermUnemployedInsertionRate"] = "insertion rate, long-term unemployed",
        ["noProgrammeInsertionRate"] = "insertion rate, no programme",
        ["guidanceUsage"] = "share who used guidance",
        ["permanentShare"] = "share of insertions on permanent contracts",
        ["applications"] = "applications to the call",
        ["applicationsRefusedBudget"] = "applications refused for budget",
        ["grossSubsidisedInsertions"] = "subsidised hires (gross)",
        ["netSubsidisedInsertions"] = "subsidised hires caused by the call (net)",
        ["deadweightShare"] = "deadweight (hires that would have happened anyway)",
        ["subsidyCommittedEur"] = "subsidy net committed",
        ["subsidyPaidEur"] = "subsidy net paid",
        ["subsidyRefundedEur"] = "subsidy refunded",
        ["subsidyReassignedEur"] = "subsidy reassigned to the waiting list",
        ["subsidyBudgetExecutionPct"] = "budget execution (net committed ÷ final budget)",
        ["callExhausted"] = "the call ran out of budget",
        ["exhaustionDayOfCall"] = "day of the call it ran out (days from opening)",
        ["serviceSpendingEur"] = "spending on services",
        ["costPerInsertionEur"] = "cost per insertion (services + subsidy paid)",
        ["spendingSocEur"] = "spending paid by the SOC",
        ["spendingCityCouncilEur"] = "spending paid by the city council",
    };

    /// <summary>The KPIs drawn in the comparison charts, in this order: first the rates, then the amounts and counts.</summary>
    public static readonly string[] Main =
    [
        "insertionRate", "youthInsertionRate", "insertionRate30to44", "insertionRate45plus", "longTermUnemployedInsertionRate",
        "noProgrammeInsertionRate", "guidanceUsage", "permanentShare", "deadweightShare", "callExhausted", "subsidyBudgetExecutionPct",
        "applications", "applicationsRefusedBudget", "grossSubsidisedInsertions", "netSubsidisedInsertions",
        "subsidyCommittedEur", "subsidyPaidEur", "serviceSpendingEur", "costPerInsertionEur", "spendingSocEur", "spendingCityCouncilEur",
    ];

    public static string Label(string kpi)
    {
        if (Labels.TryGetValue(kpi, out string? label)) return label;
        foreach ((string prefix, string words) in new[]
        {
            ("insertionRate_area_", "insertion rate, service area "),
            ("insertionRate_programme_", "insertion rate, programme "),
            ("backToStudiesRate_programme_", "back to studies, programme "),
        })
        {
            if (kpi.StartsWith(prefix, StringComparison.Ordinal)) return words + kpi[prefix.Length..];
        }

        return kpi;
    }

    public static Kind KindOf(string kpi) => kpi switch
    {
        _ when kpi.EndsWith("Pct", StringComparison.Ordinal) => Kind.Percent,
        _ when kpi.EndsWith("Eur", StringComparison.Ordinal) => Kind.Euros,
        _ when kpi.Contains("Rate", StringComparison.Ordinal) || kpi.EndsWith("Share", StringComparison.Ordinal) || kpi is "guidanceUsage" or "callExhausted" => Kind.Fraction,
        _ => Kind.Count,
    };

    /// <summary>A KPI value as the report writes it: "47.9 %", "2,650,521 €", "473.2".</summary>
    public static string Format(string kpi, double value) => KindOf(kpi) switch
    {
        Kind.Fraction => Units.Percent(value, 2),
        Kind.Percent => double.IsNaN(value) ? "n/a" : value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " %",
        Kind.Euros => Units.Euros(value),
        _ => Units.Count(value),
    };

    /// <summary>A difference alternative − base: rates in percentage points, the rest in the KPI's unit with a sign.</summary>
    public static string FormatDifference(string kpi, double difference)
    {
        if (double.IsNaN(difference)) return "n/a";
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return KindOf(kpi) switch
        {
            Kind.Fraction => Units.PercentagePoints(difference, 2),
            Kind.Percent => Units.PercentagePoints(difference / 100, 2),
            Kind.Euros => difference.ToString("+#,##0;−#,##0;0", invariant) + " €",
            _ => difference.ToString("+#,##0.#;−#,##0.#;0", invariant),
        };
    }
}
