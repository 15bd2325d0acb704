using System.Globalization;

namespace Soc.Simulation.Model.Register;

/// <summary>
/// A number as a Spanish or Catalan spreadsheet writes it: decimal comma, '.' as thousands separator.
/// </summary>
/// <remarks>
/// The '.' is read only as a thousands separator, and only in whole groups of three digits: "1.234" is 1234 and
/// "1.234.567,89" is 1234567.89, as the spreadsheet meant. Any other '.' ("37.5", "1.5", "1.2345", "1,5.0") is
/// refused, not guessed: it is most likely a decimal point from an invariant tool, and reading it either way
/// could be wrong. The one reading that differs from an invariant file, "1.234" as 1234, cannot be taken for a
/// silent misreading of 1.234: every register amount has at most two decimals and the reader refuses three.
/// The same explicit NumberFormatInfo serves whatever the machine's culture (InvariantGlobalization).
/// </remarks>
internal static class SpanishDecimal
{
    private static readonly NumberFormatInfo Format = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NegativeSign = "-" };

    public static bool TryParse(string text, out decimal value)
    {
        value = 0m;
        int comma = text.IndexOf(',', StringComparison.Ordinal);
        string whole = comma < 0 ? text : text[..comma];
        if (comma >= 0 && text.IndexOf('.', comma) >= 0)
        {
            return false;
        }

        string digits = whole.TrimStart('-', '+');
        if (digits.Contains('.', StringComparison.Ordinal) && !WholeGroupsOfThree(digits))
        {
            return false;
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands,
            Format, out value);
    }

    /// <summary>"1.234.567": one to three digits, then groups of exactly three.</summary>
    private static bool WholeGroupsOfThree(string digits)
    {
        string[] groups = digits.Split('.');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3) && groups.All(g => g.All(char.IsAsciiDigit));
    }
}
