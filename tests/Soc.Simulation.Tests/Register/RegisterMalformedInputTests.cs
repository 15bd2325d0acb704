using System.Text;
using static Soc.Simulation.Tests.Register.RegisterForms;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Model;

namespace Soc.Simulation.Tests.Register;

/// <summary>One test per kind of malformed register, each with the exact one-line message the user sees.</summary>
public class RegisterMalformedInputTests
{
    private static string Message(byte[] content, string name, RegisterOptions? options = null) =>
        Assert.Throws<InputException>(() => RegisterReader.Read(content, name, options)).Message;

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] OneRowXlsx(string column, object? value)
    {
        List<Dictionary<string, object?>> rows = Rows(Table(Header + "\n" + Good), Typed);
        rows[0][column] = value;
        return Xlsx(new() { ["Registre"] = rows });
    }

    [Fact]
    public void A_Latin1_byte_is_an_error_at_its_line_and_character_never_a_replacement()
    {
        // "Fundació Pi" saved by a Latin-1 spreadsheet: ó is the single byte 0xF3.
        byte[] content = [.. Utf8(Header + "\nA-1,2023-01-20T09:30:00,Fundaci"), 0xF3, .. Utf8(" Pi,company,false,0.00,P-1,1980-05-05,true,2023-01-15,12,40,true,,\n")];

        Assert.Equal("reg.csv:2:32: byte 0xF3 is not valid UTF-8 ('ó' in Latin-1?); save the register as UTF-8 (\"CSV UTF-8\")",
            Message(content, "reg.csv"));
    }

    [Fact]
    public void UTF16_without_a_byte_order_mark_is_named() =>
        Assert.Equal("reg.csv: the file looks like UTF-16 without a byte-order mark (NUL bytes between the letters); save it as UTF-8 (\"CSV UTF-8\"), or as UTF-16 with a byte-order mark",
            Message(Encoding.Unicode.GetBytes(Header + "\n" + Good + "\n"), "reg.csv"));

    [Fact]
    public void An_unclosed_quote_at_the_end_of_the_file_names_the_line_where_the_record_starts_and_its_column() =>
        Assert.Equal("reg.csv:3: column 'employer_id': a quoted field is not closed (no closing quote before the end of the file)",
            Message(Utf8($"{Header}\n{Good}\nA-2,2023-01-20T09:30:00,\"E-2,company,false\n0.00,P-2\n"), "reg.csv"));

    [Fact]
    public void An_xlsx_cell_of_the_wrong_type_names_sheet_row_and_column() =>
        Assert.Equal("reg.xlsx, sheet 'Registre', row 2, column 'weekly_hours' (L): expected weekly hours above 0 and at most 168, got the boolean TRUE",
            Message(OneRowXlsx(RegisterColumns.WeeklyHours, true), "reg.xlsx"));

    [Fact]
    public void An_xlsx_text_cell_that_is_no_number_names_sheet_row_and_column() =>
        Assert.Equal("reg.xlsx, sheet 'Registre', row 2, column 'weekly_hours' (L): expected weekly hours above 0 and at most 168, got 'abc'",
            Message(OneRowXlsx(RegisterColumns.WeeklyHours, "abc"), "reg.xlsx"));

    [Fact]
    public void A_missing_sheet_lists_the_sheets_there_are() =>
        Assert.Equal("reg.xlsx: no sheet 'Registre 2023'; the workbook has 'Notes', 'Registre'",
            Message(Xlsx(new() { ["Notes"] = new[] { new { note = "x" } }, ["Registre"] = Rows(Table(Header + "\n" + Good), Typed) }),
                "reg.xlsx", new RegisterOptions(Sheet: "Registre 2023")));

    [Fact]
    public void A_truncated_xlsx_is_named_as_damaged()
    {
        byte[] whole = TypedXlsx(Table(Header + "\n" + Good));

        Assert.Equal("reg.xlsx: the xlsx workbook is damaged or cut short (not a readable zip archive)", Message(whole[..(whole.Length / 2)], "reg.xlsx"));
    }

    [Fact]
    public void An_xlsx_whose_sheet_is_empty_says_so() =>
        Assert.Equal("reg.xlsx, sheet 'Registre': the sheet is empty; expected a header row with the columns " + Header,
            Message(HandMadeXlsx(""), "reg.xlsx"));

    [Fact]
    public void An_xlsx_with_no_sheet_says_so() =>
        Assert.Equal("reg.xlsx: the workbook has no sheet", Message(HandMadeXlsx(null), "reg.xlsx"));

    [Fact]
    public void An_empty_file_named_xlsx_says_so() =>
        Assert.Equal("reg.xlsx: the file is empty (0 bytes), not an xlsx workbook", Message([], "reg.xlsx"));

    [Fact]
    public void A_semicolon_file_forced_as_invariant_says_which_locale_to_use() =>
        Assert.Equal("reg.csv:1: the header is separated by ';' but the CSV locale is invariant (',' separator); read it with the CSV locale es or auto",
            Message(Utf8(Spanish(Table(Header + "\n" + Good))), "reg.csv", new RegisterOptions(CsvLocale: CsvLocale.Invariant)));

    [Fact]
    public void An_unquoted_decimal_comma_in_a_comma_file_is_a_field_too_many() =>
        Assert.Equal("reg.csv:2: expected 15 fields, found 16 (an unquoted comma inside a value, such as a decimal comma in 37,5?)",
            Message(Utf8($"{Header}\n{Good.Replace("37.5", "37,5", StringComparison.Ordinal)}\n"), "reg.csv"));

    [Fact]
    public void A_quoted_decimal_comma_in_a_comma_file_is_refused() =>
        Assert.Equal("reg.csv:2: column 'weekly_hours': expected weekly hours above 0 and at most 168, got '37,5'",
            Message(Utf8($"{Header}\n{Good.Replace("37.5", "\"37,5\"", StringComparison.Ordinal)}\n"), "reg.csv"));

    [Fact]
    public void A_tab_separated_file_is_named() =>
        Assert.Equal("reg.csv:1: the header is separated by tabs; save the register as CSV, with ',' or ';' between the fields",
            Message(Utf8(Header.Replace(',', '\t') + "\n"), "reg.csv"));

    [Fact]
    public void UTF32_is_named() =>
        Assert.Equal("reg.csv: the file is UTF-32, which is not read; save it as UTF-8 (\"CSV UTF-8\")",
            Message([.. new UTF32Encoding(false, true).GetPreamble(), .. new UTF32Encoding(false, true).GetBytes(Header)], "reg.csv"));

    [Fact]
    public void An_OpenDocument_spreadsheet_is_named()
    {
        var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (string part in new[] { "mimetype", "content.xml" })
            {
                using var writer = new StreamWriter(zip.CreateEntry(part).Open());
                writer.Write(part == "mimetype" ? "application/vnd.oasis.opendocument.spreadsheet" : "<office:document-content/>");
            }
        }

        Assert.Equal("reg.ods: an OpenDocument spreadsheet (.ods) is not read; save it as .xlsx or as CSV UTF-8", Message(stream.ToArray(), "reg.ods"));
    }

    [Fact]
    public void A_folder_given_as_the_register_is_named()
    {
        string folder = TestPaths.TempDir();

        Assert.Equal($"{folder}: a folder, not a register file", Assert.Throws<InputException>(() => RegisterReader.ReadFile(folder)).Message);
    }
}
