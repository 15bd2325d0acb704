using System.Buffers;
using System.Text;

namespace Soc.Simulation.Model.Register;

/// <summary>One CSV record: the physical line it starts on, its fields, and what is wrong with its quoting, if anything.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, CsvQuoteProblem Problem = CsvQuoteProblem.None)
{
    /// <summary>The field where the problem is: the last one read.</summary>
    public int ProblemField => Fields.Count - 1;
}

/// <summary>A quoting mistake that makes the rest of a record unreadable.</summary>
internal enum CsvQuoteProblem
{
    None,

    /// <summary>The file ends inside a quoted field.</summary>
    NotClosed,

    /// <summary>Something other than a separator or a line end follows a closing quote: "abc"d.</summary>
    TextAfterClosingQuote,
}

/// <summary>
/// Splits CSV text into records as RFC 4180 says: a field that starts with a double quote runs to the next lone
/// quote and may hold the separator, doubled quotes and line breaks. CRLF, LF and a lone CR (old Mac Excel) each
/// end a line. A quote inside an unquoted field is an ordinary character, as spreadsheets read it.
/// </summary>
internal static class CsvRecords
{
    public static IEnumerable<CsvRecord> Read(string text, char separator)
    {
        // Where an unquoted field ends, found a vector at a time: a register of a million rows has 15 million fields.
        SearchValues<char> stops = SearchValues.Create([separator, '\r', '\n']);
        int line = 1;
        int i = 0;
        var field = new StringBuilder();
        while (i < text.Length)
        {
            int start = line;
            var fields = new List<string>();
            CsvQuoteProblem problem = CsvQuoteProblem.None;
            bool endOfRecord = false;
            while (!endOfRecord && problem == CsvQuoteProblem.None)
            {
                bool quoted = i < text.Length && text[i] == '"';
                if (quoted) problem = ReadQuoted(text, ref i, ref line, field, separator);
                if (problem == CsvQuoteProblem.None)
                {
                    int length = text.AsSpan(i).IndexOfAny(stops);
                    int end = length < 0 ? text.Length : i + length;
                    if (quoted) field.Append(text, i, end - i);
                    fields.Add(quoted ? field.ToString() : text.Substring(i, end - i));
                    i = end;
                }
                else
                {
                    fields.Add(field.ToString());
                }

                field.Clear();
                if (i < text.Length && text[i] == separator) i++;
                else endOfRecord = true;
            }

            if (problem != CsvQuoteProblem.None)
            {
                yield return new CsvRecord(start, fields, problem);
                yield break;
            }

            SkipLineEnd(text, ref i, ref line);
            yield return new CsvRecord(start, fields);
        }
    }

    /// <summary>Reads a quoted field from its opening quote through its closing quote and any blanks after it.</summary>
    private static CsvQuoteProblem ReadQuoted(string text, ref int i, ref int line, StringBuilder field, char separator)
    {
        i++;
        while (true)
        {
            if (i >= text.Length) return CsvQuoteProblem.NotClosed;
            char ch = text[i];
            if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
            {
                field.Append('"');
                i += 2;
            }
            else if (ch == '"')
            {
                i++;
                break;
            }
            else if (IsLineEnd(ch))
            {
                int from = i;
                SkipLineEnd(text, ref i, ref line);
                field.Append(text, from, i - from);
            }
            else
            {
                field.Append(ch);
                i++;
            }
        }

        // Blanks after the closing quote are tolerated (the value is trimmed anyway); anything else is a mistake.
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i >= text.Length || text[i] == separator || IsLineEnd(text[i]) ? CsvQuoteProblem.None : CsvQuoteProblem.TextAfterClosingQuote;
    }

    private static bool IsLineEnd(char ch) => ch is '\n' or '\r';

    private static void SkipLineEnd(string text, ref int i, ref int line)
    {
        if (i >= text.Length) return;
        i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
        line++;
    }
}
