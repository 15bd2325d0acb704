using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Soc.Simulation.Client.Output.Spreadsheets;

/// <summary>
/// Writes the tables a user opens in Excel as an .xlsx workbook (its styles from the Open XML SDK): numbers as numbers, dates
/// as dates, euros in a euro format, a bold frozen header row with a filter. Number formats follow the reader's own
/// separators, so 1234.56 shows as 1.234,56 € in a Spanish or Catalan Excel. Sheets stream row by row into the
/// compressed package, so a large register's awards do not sit in memory as XML.
/// </summary>
public static class XlsxWriter
{
    /// <summary>Excel's limit: a sheet holds at most this many rows, header included.</summary>
    public const int MaxRows = 1_048_576;

    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>
    /// The workbook's package written part by part into a zip whose entries are all dated 1980-01-01 (the zip epoch), not
    /// the clock: a workbook's bytes depend on its tables alone, like every other output file. The parts are the ones
    /// the Open XML SDK wrote before (content types, relationships, workbook, styles, one part per sheet).
    /// </summary>
    public static byte[] Write(IReadOnlyList<SheetTable> tables)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", w =>
            {
                w.WriteStartElement("Types", ContentTypes);
                ContentType(w, "Default", "Extension", "xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
                ContentType(w, "Default", "Extension", "rels", "application/vnd.openxmlformats-package.relationships+xml");
                ContentType(w, "Override", "PartName", "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
                for (int i = 1; i <= tables.Count; i++)
                {
                    ContentType(w, "Override", "PartName", $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
                }

                w.WriteEndElement();
            });
            Part(zip, "_rels/.rels", w => RelationshipsOf(w, [("rIdWorkbook", "officeDocument", "/xl/workbook.xml")]));
            Part(zip, "xl/workbook.xml", w =>
            {
                w.WriteStartElement("workbook", Main);
                w.WriteStartElement("sheets", Main);
                for (int i = 1; i <= tables.Count; i++)
                {
                    w.WriteStartElement("sheet", Main);
                    w.WriteAttributeString("name", SheetName(tables[i - 1].Name));
                    w.WriteAttributeString("sheetId", i.ToString(CultureInfo.InvariantCulture));
                    w.WriteAttributeString("r", "id", OfficeRelationships, $"rIdSheet{i}");
                    w.WriteEndElement();
                }

                w.WriteEndElement();
                w.WriteEndElement();
            });
            Part(zip, "xl/_rels/workbook.xml.rels", w => RelationshipsOf(w,
                [("rIdStyles", "styles", "/xl/styles.xml"), .. Enumerable.Range(1, tables.Count).Select(i => ($"rIdSheet{i}", "worksheet", $"/xl/worksheets/sheet{i}.xml"))]));
            // The SDK's stylesheet, read back as the SDK reads XML it wrote.
            Part(zip, "xl/styles.xml", w =>
            {
                using var styles = XmlReader.Create(new StringReader(XlsxStyles.Stylesheet().OuterXml));
                w.WriteNode(styles, defattr: false);
            });
            for (int i = 1; i <= tables.Count; i++)
            {
                SheetTable table = tables[i - 1];
                Part(zip, $"xl/worksheets/sheet{i}.xml", w => WriteSheet(w, table));
            }
        }

        return output.ToArray();
    }

    private static void Part(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        // Fastest: a million-row sheet compresses in 7 s instead of 13 s at the optimal level, for a file about 60 % larger.
        ZipArchiveEntry entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using Stream entryStream = entry.Open();
        // The compressor gets the XML in blocks of a fixed size, so the compressed bytes depend on the XML alone and not
        // on where the XML writer happens to flush (the compressor's output depends on how its input is cut).
        using var stream = new BufferedStream(entryStream, 1 << 16);
        using var w = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        w.WriteStartDocument(standalone: true);
        write(w);
        w.WriteEndDocument();
    }

    private static void ContentType(XmlWriter w, string element, string key, string value, string type)
    {
        w.WriteStartElement(element, ContentTypes);
        w.WriteAttributeString(key, value);
        w.WriteAttributeString("ContentType", type);
        w.WriteEndElement();
    }

    private static void RelationshipsOf(XmlWriter w, IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        w.WriteStartElement("Relationships", Relationships);
        foreach ((string id, string type, string target) in relationships)
        {
            w.WriteStartElement("Relationship", Relationships);
            w.WriteAttributeString("Type", $"{OfficeRelationships}/{type}");
            w.WriteAttributeString("Target", target);
            w.WriteAttributeString("Id", id);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>
    /// The sheet's XML written straight to its part: the SDK's element objects cost about 5 µs a cell and its package a
    /// second compression, which made a million-row awards.xlsx take 36 s; the markup is the same.
    /// </summary>
    private static void WriteSheet(XmlWriter w, SheetTable table)
    {
        w.WriteStartElement("worksheet", Main);
        w.WriteStartElement("sheetViews", Main);
        w.WriteStartElement("sheetView", Main);
        w.WriteAttributeString("workbookViewId", "0");
        w.WriteStartElement("pane", Main);
        w.WriteAttributeString("ySplit", "1");
        w.WriteAttributeString("topLeftCell", "A2");
        w.WriteAttributeString("activePane", "bottomLeft");
        w.WriteAttributeString("state", "frozen");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("cols", Main);
        for (int c = 0; c < table.Columns.Count; c++)
        {
            SheetColumn column = table.Columns[c];
            double width = column.Width > 0 ? column.Width : Math.Max(column.Name.Length + 2, XlsxStyles.Width(column.Kind));
            string n = (c + 1).ToString(CultureInfo.InvariantCulture);
            w.WriteStartElement("col", Main);
            w.WriteAttributeString("min", n);
            w.WriteAttributeString("max", n);
            w.WriteAttributeString("width", width.ToString("R", CultureInfo.InvariantCulture));
            w.WriteAttributeString("customWidth", "1");
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("sheetData", Main);
        string[] letters = [.. Enumerable.Range(1, table.Columns.Count).Select(ColumnLetters)];
        var raw = new RawMarkup();
        WriteRow(w, 1, [.. table.Columns.Select(c => new SheetCell(c.Name))], null, letters, raw);
        int rowNumber = 1;
        foreach (IReadOnlyList<SheetCell> row in table.Rows)
        {
            if (++rowNumber > MaxRows) throw new OutputException($"{table.Name}: more than {MaxRows - 1:N0} rows, the most an Excel sheet holds; use the CSV file");
            WriteRow(w, rowNumber, row, table.Columns, letters, raw);
        }

        w.WriteEndElement();
        w.WriteStartElement("autoFilter", Main);
        w.WriteAttributeString("ref", $"A1:{ColumnLetters(table.Columns.Count)}{Math.Max(1, rowNumber)}");
        w.WriteEndElement();
        w.WriteEndElement();
    }

    /// <summary>
    /// A row's markup, written raw around the cells' text: the markup XmlWriter itself wrote for these elements (a
    /// million-row sheet spent most of its 5 s in its element and attribute calls), while text still goes through
    /// <see cref="XmlWriter.WriteString"/>, which escapes it and refuses what XML cannot hold.
    /// </summary>
    private static void WriteRow(XmlWriter w, int rowNumber, IReadOnlyList<SheetCell> cells, IReadOnlyList<SheetColumn>? columns, string[] letters, RawMarkup raw)
    {
        raw.Append("<row r=\"").Append(rowNumber).Append("\">");
        for (int c = 0; c < cells.Count; c++)
        {
            SheetCell cell = cells[c];
            if (cell.Value is null) continue;
            CellKind kind = cell.Kind ?? columns?[c].Kind ?? CellKind.Text;
            uint style = columns is null ? XlsxStyles.Header : XlsxStyles.Index(kind);
            raw.Append("<c r=\"").Append(letters[c]).Append(rowNumber).Append("\" s=\"").Append(style).Append('"');
            WriteValue(w, cell.Value, raw);
            raw.Append("</c>");
        }

        raw.Append("</row>");
        raw.WriteTo(w);
    }

    private static void WriteValue(XmlWriter w, object value, RawMarkup raw)
    {
        switch (value)
        {
            case string text:
                raw.Append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                raw.WriteTo(w);
                w.WriteString(text);
                raw.Append("</t></is>");
                return;
            case bool b:
                raw.Append(" t=\"b\"><v>").Append(b ? "1" : "0").Append("</v>");
                return;
            case DateOnly d:
                raw.Append("><v>").Append(d.ToDateTime(TimeOnly.MinValue).ToOADate(), null).Append("</v>");
                return;
            case DateTime t:
                raw.Append("><v>").Append(t.ToOADate(), "R").Append("</v>");
                return;
            case decimal m:
                raw.Append("><v>").Append(m).Append("</v>");
                return;
            case IConvertible number:
                raw.Append("><v>").Append(Convert.ToDouble(number, CultureInfo.InvariantCulture), "R").Append("</v>");
                return;
            default:
                throw new ArgumentException($"no spreadsheet cell for a {value.GetType().Name}");
        }
    }

    /// <summary>Markup gathered in a buffer and handed to the writer raw: it holds no text that needs escaping.</summary>
    private sealed class RawMarkup
    {
        private char[] _chars = new char[4096];
        private int _length;

        public RawMarkup Append(string markup)
        {
            Ensure(markup.Length);
            markup.CopyTo(_chars.AsSpan(_length));
            _length += markup.Length;
            return this;
        }

        public RawMarkup Append(char markup)
        {
            Ensure(1);
            _chars[_length++] = markup;
            return this;
        }

        public RawMarkup Append(int number) => Formatted(number, null);

        public RawMarkup Append(uint number) => Formatted(number, null);

        public RawMarkup Append(decimal number) => Formatted(number, null);

        public RawMarkup Append(double number, string? format) => Formatted(number, format);

        public void WriteTo(XmlWriter w)
        {
            w.WriteRaw(_chars, 0, _length);
            _length = 0;
        }

        private RawMarkup Formatted<T>(T number, string? format) where T : ISpanFormattable
        {
            Ensure(64);
            number.TryFormat(_chars.AsSpan(_length), out int written, format, CultureInfo.InvariantCulture);
            _length += written;
            return this;
        }

        private void Ensure(int more)
        {
            if (_length + more > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + more));
        }
    }

    /// <summary>1 → A, 27 → AA.</summary>
    public static string ColumnLetters(int column)
    {
        string letters = "";
        for (int n = column; n > 0; n = (n - 1) / 26) letters = (char)('A' + ((n - 1) % 26)) + letters;
        return letters;
    }

    /// <summary>Excel refuses sheet names over 31 characters or with : \ / ? * [ ].</summary>
    private static string SheetName(string name)
    {
        string clean = new([.. name.Select(ch => ":\\/?*[]".Contains(ch) ? '-' : ch)]);
        return clean.Length <= 31 ? clean : clean[..31];
    }
}
