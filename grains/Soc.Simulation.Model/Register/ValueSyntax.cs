using System.Globalization;

namespace Soc.Simulation.Model.Register;

/// <summary>
/// How a register writes dates, date-times, numbers and booleans as text, and how a message says what was
/// expected. Formats are explicit rather than taken from a CultureInfo: the projects build with
/// InvariantGlobalization, so "es-ES" does not exist at run time, and a register must read the same everywhere.
/// </summary>
/// <param name="SpanishStyle">Whether text is written the Spanish/Catalan way (day-first dates, decimal comma, spreadsheet words).</param>
/// <param name="DateExpected">What a date column expects, in messages.</param>
/// <param name="DateTimeExpected">What a date-time column expects, in messages.</param>
/// <param name="BoolExpected">What a boolean column expects, in messages.</param>
/// <param name="DecimalNote">Added to what a decimal column expects, so that "37.5" in a Spanish file says why it is refused.</param>
internal sealed record ValueSyntax(bool SpanishStyle, string DateExpected, string DateTimeExpected, string BoolExpected, string DecimalNote)
{
    private static readonly string[] IsoDates = ["yyyy-MM-dd"];

    private static readonly string[] IsoDateTimes =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    // Day first, as a Spanish or Catalan spreadsheet writes it ("d" also takes "05"). "yyyy" wants four digits,
    // so a two-digit year ("15/01/23", 1923 or 2023?) is refused rather than guessed. Month-first is never read.
    private static readonly string[] EsDates = [.. IsoDates, "d/M/yyyy"];

    private static readonly string[] EsDateTimes = [.. IsoDateTimes, "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss"];

    private static readonly HashSet<string> EsTrue = new(["true", "verdadero", "vertader"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> EsFalse = new(["false", "falso", "fals"], StringComparer.OrdinalIgnoreCase);

    /// <summary>A plain CSV (domain.md G): the messages are those the reader has always given.</summary>
    public static readonly ValueSyntax Invariant = new(
        SpanishStyle: false, "an ISO date (YYYY-MM-DD)", "an ISO date-time (YYYY-MM-DDTHH:MM:SS)", "true or false", "");

    public static readonly ValueSyntax Spanish = new(
        SpanishStyle: true, "a date DD/MM/YYYY or YYYY-MM-DD", "a date-time DD/MM/YYYY HH:MM[:SS] or YYYY-MM-DDTHH:MM:SS",
        "true or false (or VERDADERO/FALSO, VERTADER/FALS)", " with a decimal comma");

    /// <summary>An xlsx sheet: typed cells, or text cells written as in a plain CSV.</summary>
    public static readonly ValueSyntax Sheet = new(
        SpanishStyle: false, "a date cell or an ISO date (YYYY-MM-DD)", "a date-time cell or an ISO date-time (YYYY-MM-DDTHH:MM:SS)",
        "a boolean cell or true or false", "");

    public bool TryDate(string text, out DateOnly date) =>
        IsoDate.TryRead(text, out date) || DateOnly.TryParseExact(text, SpanishStyle ? EsDates : IsoDates, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public bool TryDateTime(string text, out DateTime time) =>
        IsoDate.TryReadDateTime(text, out time) || DateTime.TryParseExact(text, SpanishStyle ? EsDateTimes : IsoDateTimes, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public bool TryBool(string text, out bool value)
    {
        value = SpanishStyle ? EsTrue.Contains(text) : text == "true";
        return value || (SpanishStyle ? EsFalse.Contains(text) : text == "false");
    }

    public bool TryDecimal(string text, out decimal value) =>
        SpanishStyle
            ? SpanishDecimal.TryParse(text, out value)
            : decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
