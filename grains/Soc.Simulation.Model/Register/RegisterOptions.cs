namespace Soc.Simulation.Register;

/// <summary>How to read a register file: the sheet of an .xlsx, and how a CSV writes its numbers and dates.</summary>
public sealed record RegisterOptions(string? Sheet = null, CsvLocale CsvLocale = CsvLocale.Auto);

/// <summary>Auto: from the header line (a ';' separator means a Spanish or Catalan spreadsheet); or forced.</summary>
public enum CsvLocale
{
    Auto,
    Invariant,
    Es,
}
