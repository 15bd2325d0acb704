using System.Text;
using static Soc.Simulation.Tests.Register.RegisterForms;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Model;

namespace Soc.Simulation.Tests.Register;

/// <summary>RFC 4180 quoting, line ends and text encodings of a CSV register.</summary>
public class RegisterCsvSyntaxTests
{
    private static readonly string Second = Good.Replace("A-1", "A-2", StringComparison.Ordinal).Replace("P-1", "P-2", StringComparison.Ordinal);

    private static string Fails(string text) => Assert.Throws<InputException>(() => RegisterReader.Read(text, "reg.csv")).Message;

    private static string Fails(byte[] content) => Assert.Throws<InputException>(() => RegisterReader.Read(content, "reg.csv")).Message;

    [Fact]
    public void Quoted_fields_may_hold_the_separator_doubled_quotes_and_line_breaks()
    {
        string row = Good.Replace("E-1", "\"Fundació \"\"Pi\"\", SL\r\nBarcelona\"", StringComparison.Ordinal).Replace("P-1", "\"P-1\"", StringComparison.Ordinal);

        var app = Assert.Single(RegisterReader.Read($"{Header}\n{row}\n", "reg.csv"));

        Assert.Equal("Fundació \"Pi\", SL\r\nBarcelona", app.EmployerId);
        Assert.Equal("P-1", app.ParticipantId);
    }

    [Fact]
    public void An_error_in_a_multi_line_record_names_the_line_where_it_starts()
    {
        string multiLine = Second.Replace("E-1", "\"E-1\nsecond line\nthird line\"", StringComparison.Ordinal);
        string bad = Good.Replace("A-1", "A-3", StringComparison.Ordinal).Replace("1980-05-05", "1980-02-30", StringComparison.Ordinal);

        Assert.Equal("reg.csv:3: column 'birth_date': expected an ISO date (YYYY-MM-DD), got '1980-02-30'",
            Fails($"{Header}\n{Good}\n{multiLine.Replace("1980-05-05", "1980-02-30", StringComparison.Ordinal)}\n"));
        Assert.Equal("reg.csv:6: column 'birth_date': expected an ISO date (YYYY-MM-DD), got '1980-02-30'",
            Fails($"{Header}\n{Good}\n{multiLine}\n{bad}\n"));
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void Every_line_end_counts_lines_alike(string end) =>
        Assert.Equal("reg.csv:3: column 'application_id': expected a unique id (it is already on line 2), got 'A-1'",
            Fails(string.Join(end, Header, Good, Good) + end));

    [Fact]
    public void Text_after_a_closing_quote_is_refused() =>
        Assert.Equal("reg.csv:2: column 'employer_id': text after the closing quote of a quoted field (a quote inside a quoted field is written twice: \"\")",
            Fails($"{Header}\n{Good.Replace("E-1", "\"E\"-1", StringComparison.Ordinal)}\n"));

    [Fact]
    public void An_unclosed_quote_in_the_header_is_named() =>
        Assert.Equal("reg.csv:1: the header has an unclosed quote", Fails($"\"{Header}\n{Good}\n"));

    [Fact]
    public void Text_after_a_closing_quote_in_the_header_is_named() =>
        Assert.Equal("reg.csv:1: the header has text after the closing quote of a quoted field (a quote inside a quoted field is written twice: \"\")",
            Fails($"\"application_id\"x,{Header[15..]}\n{Good}\n"));

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_an_ordinary_character() =>
        Assert.Equal("E\"1", Assert.Single(RegisterReader.Read($"{Header}\n{Good.Replace("E-1", "E\"1", StringComparison.Ordinal)}\n", "reg.csv")).EmployerId);

    [Fact]
    public void SplitLine_splits_one_line_and_refuses_bad_quoting()
    {
        Assert.Equal(["a", "b,c", "d\"e", ""], Csv.SplitLine("a,\"b,c\",\"d\"\"e\","));
        Assert.Equal([""], Csv.SplitLine(""));
        Assert.Null(Csv.SplitLine("a,\"b"));
        Assert.Null(Csv.SplitLine("a,\"b\"c"));
    }

    [Theory]
    [InlineData("utf-8 bom")]
    [InlineData("utf-16 le bom")]
    [InlineData("utf-16 be bom")]
    public void UTF8_with_a_BOM_and_UTF16_with_a_BOM_are_read(string encoding)
    {
        string text = $"{Header}\n{Good.Replace("E-1", "Fundació Pi", StringComparison.Ordinal)}\n";
        Encoding e = encoding switch { "utf-8 bom" => new UTF8Encoding(true), "utf-16 le bom" => Encoding.Unicode, _ => Encoding.BigEndianUnicode };

        Assert.Equal("Fundació Pi", Assert.Single(RegisterReader.Read([.. e.GetPreamble(), .. e.GetBytes(text)], "reg.csv")).EmployerId);
    }

    [Fact]
    public void Latin1_names_that_differ_in_one_letter_are_not_merged()
    {
        // The old reader made both U+FFFD and so one employer; now the first non-UTF-8 byte stops the import.
        byte[] row1 = [.. Encoding.UTF8.GetBytes("A-1,2023-01-20T09:30:00,Fundaci"), 0xF3, .. Encoding.UTF8.GetBytes(" Pi,company,false,0.00,P-1,1980-05-05,true,2023-01-15,12,40,true,,\r\n")];
        byte[] row2 = [.. Encoding.UTF8.GetBytes("A-2,2023-01-20T09:30:00,Fundaci"), 0xE9, .. Encoding.UTF8.GetBytes(" Pi,company,false,0.00,P-2,1980-05-05,true,2023-01-15,12,40,true,,\r\n")];

        Assert.Equal("reg.csv:2:32: byte 0xF3 is not valid UTF-8 ('ó' in Latin-1?); save the register as UTF-8 (\"CSV UTF-8\")",
            Fails([.. Encoding.UTF8.GetBytes(Header + "\r\n"), .. row1, .. row2]));
    }

    [Fact]
    public void A_character_position_counts_characters_not_bytes() =>
        Assert.Equal("reg.csv:2:9: byte 0xE9 is not valid UTF-8 ('é' in Latin-1?); save the register as UTF-8 (\"CSV UTF-8\")",
            Fails([.. Encoding.UTF8.GetBytes(Header + "\nA-1,Çà€,"), 0xE9]));

    [Fact]
    public void A_UTF8_sequence_cut_by_the_end_of_the_file_is_refused() =>
        Assert.Equal("reg.csv:2:5: byte 0xC3 is not valid UTF-8 ('Ã' in Latin-1?); save the register as UTF-8 (\"CSV UTF-8\")",
            Fails([.. Encoding.UTF8.GetBytes(Header + "\nA-1,"), 0xC3]));

    [Fact]
    public void UTF16_big_endian_without_a_BOM_is_named_too() =>
        Assert.StartsWith("reg.csv: the file looks like UTF-16 without a byte-order mark", Fails(Encoding.BigEndianUnicode.GetBytes(Header)));

    [Fact]
    public void A_NUL_character_is_refused_at_its_place() =>
        Assert.Equal("reg.csv:2:3: a NUL character; a register is text, not a binary file",
            Fails(Encoding.UTF8.GetBytes($"{Header}\nA-\0\n")));

    [Fact]
    public void An_unpaired_UTF16_surrogate_is_refused_at_its_place() =>
        Assert.Equal("reg.csv:2:1: an unpaired UTF-16 surrogate; the UTF-16 LE text is damaged",
            Fails([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Header + "\n"), 0x00, 0xD8, 0x41, 0x00]));

    [Fact]
    public void An_empty_file_asks_for_the_header() =>
        Assert.Equal("reg.csv:1: expected a header row with the columns " + Header, Fails([]));
}
