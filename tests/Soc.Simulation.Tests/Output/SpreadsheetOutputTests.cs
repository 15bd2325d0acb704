using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Soc.Simulation.Client.Output.Spreadsheets;
using Soc.Simulation.Tests.Cli;

namespace Soc.Simulation.Tests.Output;

/// <summary>The .xlsx outputs (issue 10 item 4): valid workbooks, numbers as numbers, dates as dates, euros in a euro format.</summary>
public class SpreadsheetOutputTests
{
    /// <summary>A sheet's cells by reference, with the number format each shows in.</summary>
    private sealed record ReadCell(string? Text, double? Number, string? Format);

    private static Dictionary<string, Dictionary<string, ReadCell>> Read(string path)
    {
        using SpreadsheetDocument doc = SpreadsheetDocument.Open(path, false);
        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        WorkbookPart book = doc.WorkbookPart!;
        CellFormats formats = book.WorkbookStylesPart!.Stylesheet.CellFormats!;
        Dictionary<uint, string> codes = book.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!);
        var sheets = new Dictionary<string, Dictionary<string, ReadCell>>();
        foreach (Sheet sheet in book.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)book.GetPartById(sheet.Id!);
            sheets[sheet.Name!] = part.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c =>
            {
                uint format = ((CellFormat)formats.ElementAt((int)(c.StyleIndex?.Value ?? 0))).NumberFormatId!.Value;
                string? code = codes.GetValueOrDefault(format) ?? (format == 3 ? "#,##0" : null);
                return c.DataType?.Value == CellValues.InlineString
                    ? new ReadCell(c.InlineString!.InnerText, null, code)
                    : new ReadCell(null, double.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), code);
            });
        }

        return sheets;
    }

    [Fact]
    public void A_workbook_is_valid_its_bytes_depend_on_its_tables_alone_and_text_keeps_what_XML_escapes()
    {
        SheetTable[] tables =
        [
            new("a<b>&\"c\"?", [new("text", CellKind.Text), new("euros", CellKind.Euros), new("day", CellKind.Date), new("yes", CellKind.Text)],
                [[new SheetCell("A3 <employer> & 'co'  "), new SheetCell(1234.56m), new SheetCell(new DateOnly(2023, 2, 1)), new SheetCell(true)]]),
            new("second", [new("n", CellKind.Count)], [[new SheetCell(7)]]),
        ];
        byte[] first = XlsxWriter.Write(tables), again = XlsxWriter.Write(tables);
        Assert.Equal(first, again);
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(first)))
        {
            Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
        }

        string path = Path.Combine(TestPaths.TempDir(), "t.xlsx");
        File.WriteAllBytes(path, first);
        Dictionary<string, Dictionary<string, ReadCell>> sheets = Read(path);
        // A name Excel refuses a character of (?) gets a dash; what XML escapes stays.
        Assert.Equal(["a<b>&\"c\"-", "second"], sheets.Keys);
        Assert.Equal("A3 <employer> & 'co'  ", sheets["a<b>&\"c\"-"]["A2"].Text);
        Assert.Equal(1234.56, sheets["a<b>&\"c\"-"]["B2"].Number);
        Assert.Equal(new DateTime(2023, 2, 1).ToOADate(), sheets["a<b>&\"c\"-"]["C2"].Number);
        Assert.Equal(1, sheets["a<b>&\"c\"-"]["D2"].Number);
        Assert.Equal(7, sheets["second"]["A2"].Number);
    }

    [Fact]
    public async Task Awards_xlsx_holds_awards_csv_with_typed_cells()
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        Assert.Equal(0, (await SocSimRunner.RunAsync("run", TestPaths.Baseline, "--registry", TestPaths.SampleRegister, "--out", dir, "--quiet")).Exit);

        Dictionary<string, ReadCell> awards = Read(Path.Combine(dir, "awards.xlsx"))["awards"];
        string[] csv = File.ReadAllLines(Path.Combine(dir, "awards.csv"));
        Assert.Equal(csv[0].Split(','), new[] { "A1", "B1", "C1", "D1", "E1", "F1", "G1" }.Select(r => awards[r].Text));
        // Every row, cell by cell: text as text, euros as numbers with the euro format, the day as a date.
        for (int row = 2; row <= csv.Length; row++)
        {
            string[] f = Soc.Simulation.Model.Register.Csv.SplitLine(csv[row - 1])!.ToArray();
            Assert.Equal(f[0], awards[$"A{row}"].Text);
            Assert.Equal(f[1], awards[$"B{row}"].Text);
            Assert.Equal(f[2], awards.TryGetValue($"C{row}", out ReadCell? reason) ? reason.Text : "");
            foreach ((string column, int i) in new[] { ("D", 3), ("E", 4), ("F", 5) })
            {
                ReadCell euros = awards[$"{column}{row}"];
                Assert.Equal(decimal.Parse(f[i], System.Globalization.CultureInfo.InvariantCulture), (decimal)euros.Number!.Value);
                Assert.Equal("#,##0.00\\ \"€\"", euros.Format);
            }

            ReadCell day = awards[$"G{row}"];
            Assert.Equal(f[6], DateTime.FromOADate(day.Number!.Value).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("dd/mm/yyyy", day.Format);
        }
    }

    [Fact]
    public async Task Results_xlsx_has_a_quotas_sheet_only_when_the_call_has_quotas_with_the_figures_of_results_json()
    {
        string tmp = TestPaths.TempDir(), dir = Path.Combine(tmp, "out");
        string scenario = CallConstraintCommandTests.QuotaScenario(tmp), register = CallConstraintCommandTests.MarkedRegister(tmp);
        Assert.Equal(0, (await SocSimRunner.RunAsync("run", scenario, "--registry", register, "--backend", "direct", "--out", dir, "--quiet")).Exit);
        Dictionary<string, ReadCell> quotas = Read(Path.Combine(dir, "results.xlsx"))["quotas"];
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "results.json")));
        System.Text.Json.JsonElement q = json.RootElement.GetProperty("quotas")[0];
        Assert.Equal("long_term_unemployed", quotas["A2"].Text);
        Assert.Equal(0.25, quotas["B2"].Number);
        Assert.Equal(q.GetProperty("granted").GetInt32(), (int)quotas["D2"].Number!.Value);
        Assert.Equal(q.GetProperty("grantedInGroup").GetInt32(), (int)quotas["E2"].Number!.Value);

        string plain = Path.Combine(tmp, "plain");
        Assert.Equal(0, (await SocSimRunner.RunAsync("run", TestPaths.Baseline, "--registry", TestPaths.SampleRegister, "--backend", "direct", "--out", plain, "--quiet")).Exit);
        Assert.DoesNotContain("quotas", Read(Path.Combine(plain, "results.xlsx")).Keys);
    }

    [Fact]
    public async Task Results_xlsx_of_a_replay_gives_each_kpi_in_its_unit_and_the_books_by_month()
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        Assert.Equal(0, (await SocSimRunner.RunAsync("run", TestPaths.Baseline, "--registry", TestPaths.SampleRegister, "--out", dir, "--quiet")).Exit);

        var sheets = Read(Path.Combine(dir, "results.xlsx"));
        Dictionary<string, ReadCell> kpis = sheets["kpis"];
        Dictionary<string, (double? Value, string? Format)> byName = kpis.Where(kv => kv.Key.StartsWith('A') && kv.Key != "A1")
            .ToDictionary(kv => kv.Value.Text!, kv => (kpis["B" + kv.Key[1..]].Number, kpis["B" + kv.Key[1..]].Format));
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "results.json")));
        System.Text.Json.JsonElement k = json.RootElement.GetProperty("kpis");
        Assert.Equal((k.GetProperty("applications").GetInt32(), "#,##0"), ((int)byName["applications"].Value!, byName["applications"].Format));
        Assert.Equal((k.GetProperty("netCommittedEur").GetDecimal(), "#,##0.00\\ \"€\""), ((decimal)byName["netCommittedEur"].Value!, byName["netCommittedEur"].Format));
        Assert.Equal("0.00\\ \"%\"", byName["budgetExecutionPct"].Format);
        Assert.Equal(DateOnly.Parse(k.GetProperty("exhaustionDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.FromDateTime(DateTime.FromOADate(byName["exhaustionDate"].Value!.Value)));
        Assert.Equal(json.RootElement.GetProperty("budgetLines").EnumerateArray().Sum(l => l.GetProperty("months").GetArrayLength()) + 1,
            sheets["budget lines by month"].Keys.Count(r => r.StartsWith('A')));
        Assert.Equal("mm/yyyy", sheets["call by month"]["B2"].Format);
    }

    [Fact]
    public async Task Results_and_compare_xlsx_of_policy_runs_show_rates_as_percentages()
    {
        string dir = Path.Combine(TestPaths.TempDir(), "out");
        var (exit, _, stderr) = await SocSimRunner.RunAsync("compare", Simulation.Barcelona.ScenarioPath, "--alt", "more:call.budgetEur=4000000",
            "--replicates", "2", "--backend", "direct", "--out", dir, "--quiet");
        Assert.True(exit == 0, stderr);

        var compare = Read(Path.Combine(dir, "compare.xlsx"));
        Dictionary<string, ReadCell> differences = compare["differences"];
        string row = differences.Single(kv => kv.Key.StartsWith('B') && kv.Value.Text == "insertionRate").Key[1..];
        Assert.Equal("0.00%", differences["C" + row].Format);
        string euros = differences.Single(kv => kv.Key.StartsWith('B') && kv.Value.Text == "subsidyCommittedEur").Key[1..];
        Assert.Equal("#,##0.00\\ \"€\"", differences["I" + euros].Format);
        Assert.Contains(compare["parameters"].Values, c => c.Text == "call.budgetEur");
    }
}
