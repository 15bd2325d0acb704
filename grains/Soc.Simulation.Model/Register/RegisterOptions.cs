namespace Soc.Simulation.Model.Register;

/// <summary>How to read a register file: which sheet of an xlsx workbook, and which locale a CSV file is in.</summary>
/// <param name="Sheet">The xlsx sheet to read (the first one when null); an error for a CSV file, which has no sheets.</param>
/// <param name="CsvLocale">
/// The CSV conventions; detected from the header line by default. Only CSV text has a locale: xlsx cells carry
/// their own types, and an xlsx text cell is read as in an invariant CSV.
/// </param>
public sealed record RegisterOptions(string? Sheet = null, CsvLocale CsvLocale = CsvLocale.Auto);

/// <summary>The conventions of a register saved as CSV by a spreadsheet.</summary>
public enum CsvLocale
{
    /// <summary>';' in the header line means <see cref="Es"/>, otherwise <see cref="Invariant"/>.</summary>
    Auto,

    /// <summary>',' separator, '.' decimal point, ISO dates and date-times, true/false (domain.md G).</summary>
    Invariant,

    /// <summary>
    /// A Spanish or Catalan spreadsheet's: ';' separator, decimal comma ('.' only as a thousands separator),
    /// dates DD/MM/YYYY or ISO, booleans true/false, VERDADERO/FALSO or VERTADER/FALS.
    /// </summary>
    Es,
}
