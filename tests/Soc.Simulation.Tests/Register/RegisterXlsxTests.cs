using System.Globalization;
using System.IO.Compression;
using System.Text;
using static Soc.Simulation.Tests.Register.RegisterForms;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Model;

namespace Soc.Simulation.Tests.Register;

/// <summary>xlsx registers: typed cells mean what the CSV text would, sheets, empty rows and columns, foreign files.</summary>
public class RegisterXlsxTests
{
    private static readonly Application Expected = Assert.Single(RegisterReader.Read($"{Header}\n{Good}\n", "reg.csv"));

    private static string Serial(DateTime t) => t.ToOADate().ToString("R", CultureInfo.InvariantCulture);

    private static string Text(string cell, string value) => $"<c r=\"{cell}\" t=\"inlineStr\"><is><t>{value}</t></is></c>";

    private static string Number(string cell, string value, int style = 0) => $"<c r=\"{cell}\" s=\"{style}\"><v>{value}</v></c>";

    private static string Boolean(string cell, bool value) => $"<c r=\"{cell}\" t=\"b\"><v>{(value ? 1 : 0)}</v></c>";

    /// <summary>The Good row as Excel stores it, with <paramref name="replace"/> swapping single cells (by reference) for others.</summary>
    private static string TypedRow(int r, params (string Column, string Cell)[] replace)
    {
        string[] cells =
        [
            Text($"A{r}", "A-1"),
            Number($"B{r}", Serial(new DateTime(2023, 1, 20, 9, 29, 59, 999)), style: 2), // 1 ms short of 09:30:00 in the serial
            Text($"C{r}", "E-1"), Text($"D{r}", "company"), Boolean($"E{r}", false),
            Number($"F{r}", "1234.5", style: 3), // shown as "1.234,50 €"
            Text($"G{r}", "P-1"),
            Number($"H{r}", Serial(new DateTime(1980, 5, 5)), style: 1),
            Boolean($"I{r}", true),
            Number($"J{r}", Serial(new DateTime(2023, 1, 15)), style: 1),
            Number($"K{r}", "12"),
            Number($"L{r}", "37.50000000000001"), // binary noise of a formula: Excel shows 37.5
            Boolean($"M{r}", true),
        ];
        foreach ((string column, string cell) in replace)
        {
            int i = RegisterColumns.All.ToList().IndexOf(column);
            cells[i] = cell;
        }

        return $"<row r=\"{r}\">{string.Concat(cells)}</row>";
    }

    private static string Message(byte[] content, string name = "reg.xlsx", RegisterOptions? options = null) =>
        Assert.Throws<InputException>(() => RegisterReader.Read(content, name, options)).Message;

    [Fact]
    public void Typed_cells_as_excel_writes_them_read_as_the_csv_text_would()
    {
        byte[] xlsx = HandMadeXlsx(TextRow(1, RegisterColumns.All) + TypedRow(2));

        Assert.Equal(Expected, Assert.Single(RegisterReader.Read(xlsx, "reg.xlsx")));
    }

    [Fact]
    public void MiniExcel_gives_the_typed_cells_their_types()
    {
        RegisterSheet sheet = XlsxRegisterSource.Read(TypedXlsx(Table($"{Header}\n{Good}")), "reg.xlsx", null);
        IReadOnlyList<RegisterCell> cells = Assert.Single(sheet.Rows).Cells;

        Assert.IsType<DateTime>(cells[1].Value); // registered_at
        Assert.IsType<bool>(cells[4].Value); // road_transport
        Assert.IsType<decimal>(cells[5].Value); // prior_de_minimis_eur
        Assert.IsType<DateTime>(cells[7].Value); // birth_date
        Assert.Null(cells[13].Value); // ended_on, empty
        Assert.Equal(new DateTime(2023, 1, 20, 9, 30, 0), cells[1].Value);
    }

    [Fact]
    public void An_all_text_workbook_reads_like_the_csv() =>
        Assert.Equal(Expected, Assert.Single(RegisterReader.Read(TextXlsx(Table($"{Header}\n{Good}")), "reg.xlsx")));

    [Fact]
    public void The_first_sheet_is_read_unless_one_is_named()
    {
        string other = Good.Replace("A-1", "B-7", StringComparison.Ordinal);
        byte[] xlsx = Xlsx(new() { ["Registre"] = Rows(Table($"{Header}\n{Good}"), Typed), ["Altres"] = Rows(Table($"{Header}\n{other}"), Typed) });

        Assert.Equal("A-1", Assert.Single(RegisterReader.Read(xlsx, "reg.xlsx")).ApplicationId);
        Assert.Equal("B-7", Assert.Single(RegisterReader.Read(xlsx, "reg.xlsx", new RegisterOptions(Sheet: "altres"))).ApplicationId);
    }

    [Fact]
    public void Empty_rows_and_columns_around_the_data_are_ignored_and_rows_keep_their_numbers()
    {
        // Header on row 2, an empty but formatted row 4, data on rows 3 and 6, a formatted empty cell in column Q.
        string second = TypedRow(6).Replace(">A-1<", ">A-2<", StringComparison.Ordinal).Replace(">P-1<", ">P-2<", StringComparison.Ordinal);
        string rows = TextRow(2, RegisterColumns.All) + TypedRow(3) + "<row r=\"4\"><c r=\"B4\" s=\"1\"/></row>"
            + second.Replace("</row>", "<c r=\"Q6\" s=\"3\"/></row>", StringComparison.Ordinal) + "<row r=\"9\"/>";

        Assert.Equal(["A-1", "A-2"], RegisterReader.Read(HandMadeXlsx(rows), "reg.xlsx").Select(a => a.ApplicationId));
        Assert.Equal("reg.xlsx, sheet 'Registre', row 6, column 'application_id' (A): expected a unique id (it is already on row 3), got 'A-1'",
            Message(HandMadeXlsx(TextRow(2, RegisterColumns.All) + TypedRow(3) + TypedRow(6))));
    }

    [Fact]
    public void A_value_in_a_column_without_a_header_is_refused() =>
        Assert.Equal("reg.xlsx, sheet 'Registre', row 2, column Q: a value in a column without a header, got 'note'",
            Message(HandMadeXlsx(TextRow(1, RegisterColumns.All) + TypedRow(2).Replace("</row>", Text("Q2", "note") + "</row>", StringComparison.Ordinal))));

    [Theory]
    [InlineData(RegisterColumns.BirthDate, "<c r=\"H2\" s=\"2\"><v>29346.5</v></c>", "column 'birth_date' (H): expected a date cell or an ISO date (YYYY-MM-DD), got the date-time 1980-05-05 12:00:00")]
    [InlineData(RegisterColumns.BirthDate, "<c r=\"H2\"><v>29346</v></c>", "column 'birth_date' (H): expected a date cell or an ISO date (YYYY-MM-DD), got the number 29346")]
    [InlineData(RegisterColumns.BirthDate, "<c r=\"H2\" t=\"inlineStr\"><is><t>05/05/1980</t></is></c>", "column 'birth_date' (H): expected a date cell or an ISO date (YYYY-MM-DD), got '05/05/1980'")]
    [InlineData(RegisterColumns.RegisteredAt, "<c r=\"B2\" t=\"b\"><v>1</v></c>", "column 'registered_at' (B): expected a date-time cell or an ISO date-time (YYYY-MM-DDTHH:MM:SS), got the boolean TRUE")]
    [InlineData(RegisterColumns.Unemployed, "<c r=\"I2\"><v>1</v></c>", "column 'unemployed' (I): expected a boolean cell or true or false, got the number 1")]
    [InlineData(RegisterColumns.ContractMonths, "<c r=\"K2\"><v>12.5</v></c>", "column 'contract_months' (K): expected a whole number of months from 0 to 600, got the number 12.5")]
    [InlineData(RegisterColumns.PriorDeMinimisEur, "<c r=\"F2\" s=\"3\"><v>10.005</v></c>", "column 'prior_de_minimis_eur' (F): expected a non-negative amount in euros with at most 2 decimals, got the number 10.005")]
    [InlineData(RegisterColumns.EmployerId, "<c r=\"C2\" t=\"e\"><v>#N/A</v></c>", "column 'employer_id' (C): expected a value, got the spreadsheet error #N/A")]
    public void A_cell_of_the_wrong_type_or_value_names_sheet_row_and_column(string column, string cell, string message) =>
        Assert.Equal("reg.xlsx, sheet 'Registre', row 2, " + message, Message(HandMadeXlsx(TextRow(1, RegisterColumns.All) + TypedRow(2, (column, cell)))));

    [Fact]
    public void A_number_typed_id_reads_as_the_text_it_shows() =>
        Assert.Equal("12345", Assert.Single(RegisterReader.Read(
            HandMadeXlsx(TextRow(1, RegisterColumns.All) + TypedRow(2, (RegisterColumns.EmployerId, "<c r=\"C2\"><v>12345</v></c>"))), "reg.xlsx")).EmployerId);

    [Fact]
    public void A_header_error_names_the_sheet_and_the_letter() =>
        Assert.Equal("reg.xlsx, sheet 'Registre', row 1: unknown column 'weekly_hour' (L); expected the columns " + Header + " (and optionally long_term_unemployed)",
            Message(HandMadeXlsx(TextRow(1, Header.Replace("weekly_hours", "weekly_hour", StringComparison.Ordinal).Split(',')))));

    [Fact]
    public void A_sheet_asked_for_a_csv_file_is_refused() =>
        Assert.Equal("reg.csv: a sheet ('Registre') was asked for, but a CSV register has no sheets",
            Message(Encoding.UTF8.GetBytes($"{Header}\n{Good}\n"), "reg.csv", new RegisterOptions(Sheet: "Registre")));

    [Fact]
    public void A_csv_file_named_xlsx_is_named_for_what_it_is() =>
        Assert.Equal("reg.xlsx: not an xlsx workbook (an xlsx file is a zip archive starting with 'PK'); if it is CSV text, name it .csv",
            Message(Encoding.UTF8.GetBytes($"{Header}\n{Good}\n")));

    [Fact]
    public void An_old_xls_workbook_is_refused_with_what_to_do() =>
        Assert.Equal("reg.csv: an Excel 97-2003 workbook (.xls) is not read; save it as .xlsx or as CSV UTF-8",
            Message([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "reg.csv"));

    [Fact]
    public void A_zip_that_is_no_workbook_is_refused()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("register.csv").Open());
            writer.Write(Header);
        }

        Assert.Equal("reg.zip: a zip archive but not an xlsx workbook (it has no xl/workbook.xml)", Message(stream.ToArray(), "reg.zip"));
    }

    [Fact]
    public void A_workbook_with_broken_xml_is_refused_on_one_line() =>
        Assert.StartsWith("reg.xlsx, sheet 'Registre': the xlsx workbook is damaged and cannot be read (",
            Message(HandMadeXlsx("<row r=\"1\"><c r=\"A1\"")));

    [Fact]
    public void A_workbook_file_is_read_by_path()
    {
        string path = Path.Combine(TestPaths.TempDir(), "reg.xlsx");
        File.WriteAllBytes(path, TypedXlsx(Table($"{Header}\n{Good}")));

        Assert.Equal(Expected, Assert.Single(RegisterReader.ReadFile(path)));
    }
}
