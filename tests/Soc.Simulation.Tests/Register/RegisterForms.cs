using System.Globalization;
using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using Soc.Simulation.Model.Register;

namespace Soc.Simulation.Tests.Register;

/// <summary>
/// Writes a plain-CSV register in the other forms a spreadsheet saves it in, field by field from its text, so that
/// a test can check that each form reads to the same applications. The xlsx workbooks are made here, not committed.
/// </summary>
internal static class RegisterForms
{
    public const string Header =
        "application_id,registered_at,employer_id,employer_type,road_transport,prior_de_minimis_eur,participant_id,birth_date,unemployed,contract_start,contract_months,weekly_hours,permanent,ended_on,renounced_on";

    public const string Good = "A-1,2023-01-20T09:30:00,E-1,company,false,1234.50,P-1,1980-05-05,true,2023-01-15,12,37.5,true,,";

    public enum Kind { Text, DateTime, Date, Bool, Number }

    /// <summary>A register as rows of fields, the header first.</summary>
    public static List<string[]> Table(string csv) =>
        [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(','))];

    public static Kind KindOf(string column) => column switch
    {
        RegisterColumns.RegisteredAt => Kind.DateTime,
        RegisterColumns.BirthDate or RegisterColumns.ContractStart or RegisterColumns.EndedOn or RegisterColumns.RenouncedOn => Kind.Date,
        RegisterColumns.RoadTransport or RegisterColumns.Unemployed or RegisterColumns.Permanent => Kind.Bool,
        RegisterColumns.PriorDeMinimisEur or RegisterColumns.ContractMonths or RegisterColumns.WeeklyHours => Kind.Number,
        _ => Kind.Text,
    };

    /// <summary>
    /// As a Spanish or Catalan spreadsheet saves it: ';', decimal comma with '.' grouping thousands, dd/mm/yyyy,
    /// and the spreadsheet's words for booleans (Spanish in one column, Catalan in another, lower case in the third).
    /// </summary>
    public static string Spanish(List<string[]> table) => string.Concat(table.Select((row, r) => string.Join(';', row.Select((v, c) =>
        r == 0 || v.Length == 0 ? v : table[0][c] switch
        {
            RegisterColumns.RoadTransport => v == "true" ? "VERDADERO" : "FALSO",
            RegisterColumns.Unemployed => v == "true" ? "Vertader" : "Fals",
            RegisterColumns.Permanent => v == "true" ? "verdadero" : "falso",
            string col when KindOf(col) == Kind.DateTime => System.DateTime.Parse(v, CultureInfo.InvariantCulture).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture),
            string col when KindOf(col) == Kind.Date => DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            string col when KindOf(col) == Kind.Number => decimal.Parse(v, CultureInfo.InvariantCulture).ToString("#,##0.##", SpanishNumbers),
            _ => v,
        })) + "\r\n"));

    private static readonly NumberFormatInfo SpanishNumbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    /// <summary>An xlsx workbook with typed cells: dates and date-times as date cells, numbers, booleans; empty fields left empty.</summary>
    public static byte[] TypedXlsx(List<string[]> table, string sheet = "Registre") => Xlsx(new() { [sheet] = Rows(table, Typed) });

    /// <summary>An xlsx workbook whose every cell is text, as the CSV has it.</summary>
    public static byte[] TextXlsx(List<string[]> table, string sheet = "Registre") => Xlsx(new() { [sheet] = Rows(table, (_, v) => v) });

    public static List<Dictionary<string, object?>> Rows(List<string[]> table, Func<string, string, object?> cell) =>
        [.. table.Skip(1).Select(row => table[0].Select((col, c) => (col, value: cell(col, row[c]))).ToDictionary(p => p.col, p => p.value))];

    public static object? Typed(string column, string value) => value.Length == 0 ? null : KindOf(column) switch
    {
        Kind.DateTime => System.DateTime.Parse(value, CultureInfo.InvariantCulture),
        Kind.Date => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue),
        Kind.Bool => value == "true",
        Kind.Number => decimal.Parse(value, CultureInfo.InvariantCulture),
        _ => value,
    };

    /// <summary>A workbook of the given sheets, in order, each a list of rows keyed by header, written by MiniExcel.</summary>
    public static byte[] Xlsx(Dictionary<string, object> sheets)
    {
        var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    /// <summary>
    /// A workbook written part by part, as Excel lays it out (shared strings, styles with a custom
    /// "dd/mm/yyyy hh:mm:ss" format), for what MiniExcel does not write: a workbook with no sheet, rows with
    /// gaps, error cells. <paramref name="sheetData"/> is the inside of &lt;sheetData&gt;; null means no sheet at all.
    /// Styles: s="1" date (format 14), s="2" date-time (164), s="3" amount (165, "#,##0.00 €").
    /// </summary>
    public static byte[] HandMadeXlsx(string? sheetData, string sheetName = "Registre")
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>");
            Put(zip, "_rels/.rels", $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            string sheets = sheetData is null ? "" : $"<sheet name=\"{sheetName}\" sheetId=\"1\" r:id=\"rId1\"/>";
            Put(zip, "xl/workbook.xml", $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\"><sheets>{sheets}</sheets></workbook>");
            Put(zip, "xl/_rels/workbook.xml.rels", $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Rel}/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"{Rel}/styles\" Target=\"styles.xml\"/></Relationships>");
            Put(zip, "xl/styles.xml", $"<styleSheet xmlns=\"{Main}\"><numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy hh:mm:ss\"/><numFmt numFmtId=\"165\" formatCode=\"#,##0.00\\ &quot;€&quot;\"/></numFmts><fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/><xf numFmtId=\"165\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
            if (sheetData is not null)
            {
                Put(zip, "xl/worksheets/sheet1.xml", $"<worksheet xmlns=\"{Main}\"><sheetData>{sheetData}</sheetData></worksheet>");
            }
        }

        return stream.ToArray();
    }

    /// <summary>One row of inline-string text cells from column A, for <see cref="HandMadeXlsx"/>.</summary>
    public static string TextRow(int row, IEnumerable<string> values) =>
        $"<row r=\"{row}\">" + string.Concat(values.Select((v, c) => v.Length == 0 ? "" :
            $"<c r=\"{RecordPlace.Letter(c)}{row}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(v)}</t></is></c>")) + "</row>";

    private static void Put(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml);
    }
}
