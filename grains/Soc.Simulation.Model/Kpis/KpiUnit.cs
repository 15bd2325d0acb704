namespace Soc.Simulation.Model.Kpis;

/// <summary>What a KPI's number is. Tables, spreadsheets, charts and the web app format it from this, never from its name.</summary>
public enum KpiUnit
{
    /// <summary>A count of people, applications, hires (a mean over replicates may have decimals).</summary>
    Count,
    /// <summary>A fraction 0..1, shown as a percentage; differences in percentage points.</summary>
    Share,
    /// <summary>Already a percentage (budget execution); differences in percentage points.</summary>
    Percent,
    /// <summary>Euros.</summary>
    Euros,
    /// <summary>A number of days.</summary>
    Days,
    /// <summary>A calendar day.</summary>
    Date,
}

/// <summary>Which way a KPI is better, for "the probability that the alternative is better".</summary>
public enum Better
{
    Higher,
    Lower,
    /// <summary>Neither: spending, counts of applications… depend on what the planner wants.</summary>
    Neither,
}

/// <summary>The languages of the labels: Catalan, Spanish, English.</summary>
public enum Language
{
    Ca,
    Es,
    En,
}

/// <summary>A label in each language the tool speaks.</summary>
public sealed record Labels(string Ca, string Es, string En)
{
    public string In(Language language) => language switch
    {
        Language.Ca => Ca,
        Language.Es => Es,
        _ => En,
    };

    /// <summary>The label with words added in each language (a programme's id, an area's name).</summary>
    public Labels With(Labels suffix) => new($"{Ca}{suffix.Ca}", $"{Es}{suffix.Es}", $"{En}{suffix.En}");

    public static Labels Same(string text) => new(text, text, text);
}
