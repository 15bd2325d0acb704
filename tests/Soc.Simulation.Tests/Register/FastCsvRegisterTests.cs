using System.Text;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model;
using Soc.Simulation.Model.Register;

namespace Soc.Simulation.Tests.Register;

/// <summary>
/// A register written as the tool writes it is read straight from its bytes (<see cref="FastCsvRegister"/>): the
/// applications must be exactly those the general reader gives, and anything else must go to the general reader.
/// </summary>
public class FastCsvRegisterTests
{
    private static IReadOnlyList<Application> General(string text) => RegisterTable.Read(CsvRegisterSource.Read(text, "r.csv", CsvLocale.Auto));

    public static TheoryData<string> Forms => ["generated-flat", "generated-surge", "crlf", "bom", "long-term-column", "no-final-newline", "blank-lines"];

    private static string Text(string form)
    {
        IReadOnlyList<Application> flat = SampleRegisterGenerator.Generate(20_000, 11);
        string plain = RegisterWriter.Write([.. flat]);
        return form switch
        {
            "generated-flat" => plain,
            "generated-surge" => RegisterWriter.Write([.. SampleRegisterGenerator.Generate(20_000, 12, DemandProfile.Surge)]),
            "crlf" => plain.Replace("\n", "\r\n", StringComparison.Ordinal),
            "bom" => "\uFEFF" + plain,
            "long-term-column" => RegisterWriter.Write([.. flat.Select((a, i) => a with { LongTermUnemployed = i % 3 == 0 ? null : i % 3 == 1 })]),
            "no-final-newline" => plain.TrimEnd('\n'),
            "blank-lines" => plain.Replace("\nAPP-0", "\n\nAPP-0", StringComparison.Ordinal),
            _ => throw new ArgumentOutOfRangeException(nameof(form)),
        };
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void A_register_written_as_the_tool_writes_it_reads_to_exactly_the_applications_of_the_general_reader(string form)
    {
        string text = Text(form);
        List<Application>? fast = FastCsvRegister.TryRead(Encoding.UTF8.GetBytes(text), CsvLocale.Auto);

        Assert.NotNull(fast);
        Assert.Equal(General(text), fast);
        Assert.Equal(fast, RegisterReader.Read(Encoding.UTF8.GetBytes(text), "r.csv"));
    }

    [Fact]
    public void The_shipped_sample_register_is_read_straight_from_its_bytes()
    {
        byte[] bytes = File.ReadAllBytes(TestPaths.SampleRegister);
        Assert.Equal(General(Encoding.UTF8.GetString(bytes)), FastCsvRegister.TryRead(bytes, CsvLocale.Auto));
    }

    public static TheoryData<string, string> OtherShapes => new()
    {
        { "a quoted field", "APP-1,\"2022-10-03T09:00:00\"" },
        { "blanks around a value", "APP-1, 2022-10-03T09:00:00" },
        { "a date-time with a space", "APP-1,2022-10-03 09:00:00" },
        { "a Spanish-style bool", "false,0.00,P-1,1980-01-01,VERDADERO" },
    };

    /// <summary>Values another way than the tool writes them still read (the general reader takes them), to the same applications.</summary>
    [Theory]
    [MemberData(nameof(OtherShapes))]
    public void Another_way_of_writing_a_value_goes_to_the_general_reader(string what, string fragment)
    {
        string header = string.Join(",", RegisterColumns.All);
        string row = "APP-1,2022-10-03T09:00:00,EMP-1,company,false,0.00,P-1,1980-01-01,true,2022-10-01,9,40,false,,";
        string changed = fragment.Contains("VERDADERO", StringComparison.Ordinal) ? row.Replace("false,0.00,P-1,1980-01-01,true", fragment, StringComparison.Ordinal)
            : row.Replace("APP-1,2022-10-03T09:00:00", fragment, StringComparison.Ordinal);
        byte[] bytes = Encoding.UTF8.GetBytes($"{header}\n{changed}\n");

        Assert.Null(FastCsvRegister.TryRead(bytes, CsvLocale.Auto));
        if (what == "a Spanish-style bool")
        {
            Assert.Throws<InputException>(() => RegisterReader.Read(bytes, "r.csv"));
        }
        else
        {
            Assert.Equal(RegisterReader.Read(Encoding.UTF8.GetBytes($"{header}\n{row}\n"), "r.csv"), RegisterReader.Read(bytes, "r.csv"));
        }
    }

    public static TheoryData<string, string, string> Mistakes => new()
    {
        { "a duplicate id", "APP-1,2022-10-03T09:00:00,EMP-1,company,false,0.00,P-1,1980-01-01,true,2022-10-01,9,40,false,,", "r.csv:3: column 'application_id': expected a unique id (it is already on line 2)" },
        { "another employer type for the same employer", "APP-2,2022-10-03T09:00:00,EMP-1,non_profit,false,0.00,P-2,1980-01-01,true,2022-10-01,9,40,false,,", "r.csv:3: column 'employer_type'" },
        { "a temporary contract without months", "APP-2,2022-10-03T09:00:00,EMP-2,company,false,0.00,P-2,1980-01-01,true,2022-10-01,,40,false,,", "r.csv:3: column 'contract_months'" },
        { "three decimals of euros", "APP-2,2022-10-03T09:00:00,EMP-2,company,false,0.001,P-2,1980-01-01,true,2022-10-01,9,40,false,,", "r.csv:3: column 'prior_de_minimis_eur'" },
        { "a field too many", "APP-2,2022-10-03T09:00:00,EMP-2,company,false,0.00,P-2,1980-01-01,true,2022-10-01,9,40,false,,,", "r.csv:3: expected 15 fields, found 16" },
        { "a lone carriage return", "APP-2,2022-10-03T09:00:00,EMP-2,company,false,0.00,P-2,1980-01-01,true,2022-10-01,9,40,false,,\rAPP-3", "r.csv:4: expected 15 fields, found 1" },
    };

    /// <summary>A row the general reader refuses is refused with its message: the straight path never accepts it.</summary>
    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_mistake_is_named_by_the_general_reader(string what, string second, string message)
    {
        string text = string.Join(",", RegisterColumns.All) + "\nAPP-1,2022-10-03T09:00:00,EMP-1,company,false,0.00,P-1,1980-01-01,true,2022-10-01,9,40,false,,\n" + second + "\n";
        byte[] bytes = Encoding.UTF8.GetBytes(text);

        Assert.Null(FastCsvRegister.TryRead(bytes, CsvLocale.Auto));
        InputException e = Assert.Throws<InputException>(() => RegisterReader.Read(bytes, "r.csv"));
        Assert.True(e.Message.StartsWith(message, StringComparison.Ordinal), $"{what}: {e.Message}");
    }
}
