using System.Text;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;

namespace Soc.Simulation.Tests.Register;

/// <summary>
/// The sample register (3,000 rows) in every form a spreadsheet saves it in reads to the same applications as
/// the plain CSV, record for record, and so decides to a byte-identical awards.csv.
/// </summary>
public class RegisterFormEquivalenceTests
{
    private static readonly string PlainText = File.ReadAllText(TestPaths.SampleRegister);
    private static readonly List<string[]> Table = RegisterForms.Table(PlainText);
    private static readonly Lazy<IReadOnlyList<Application>> Plain = new(() => RegisterReader.ReadFile(TestPaths.SampleRegister));
    private static readonly Lazy<Scenario> Baseline = new(() => ScenarioFile.Load(TestPaths.Baseline));

    public static TheoryData<string> Forms => ["spanish.csv", "typed.xlsx", "text.xlsx", "cr-only.csv", "utf16le-bom.csv", "typed-xlsx-named.csv"];

    private static byte[] Write(string form) => form switch
    {
        "spanish.csv" => Encoding.UTF8.GetBytes(RegisterForms.Spanish(Table)),
        "typed.xlsx" => RegisterForms.TypedXlsx(Table),
        "text.xlsx" => RegisterForms.TextXlsx(Table),
        "cr-only.csv" => Encoding.UTF8.GetBytes(PlainText.Replace("\n", "\r", StringComparison.Ordinal)),
        "utf16le-bom.csv" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(PlainText)],
        "typed-xlsx-named.csv" => RegisterForms.TypedXlsx(Table), // a workbook renamed .csv: told by its content
        _ => throw new ArgumentOutOfRangeException(nameof(form)),
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Every_form_of_the_sample_reads_to_the_same_applications_and_the_same_awards(string form)
    {
        IReadOnlyList<Application> apps = RegisterReader.Read(Write(form), form);

        Assert.Equal(3000, apps.Count);
        Assert.Equal(Plain.Value, apps);
        Assert.Equal(Awards(Plain.Value), Awards(apps));
    }

    /// <summary>The same, end to end: socsim run on each file writes an awards.csv byte-identical to the plain CSV's.</summary>
    [Fact]
    public async Task Socsim_run_on_each_form_writes_the_same_awards_csv()
    {
        string dir = TestPaths.TempDir();
        async Task<byte[]> AwardsOf(string register, params string[] options)
        {
            string outDir = Path.Combine(dir, "out-" + Path.GetFileName(register));
            var (exit, _, stderr) = await Cli.SocSimRunner.RunAsync(["run", TestPaths.Baseline, "--registry", register, "--out", outDir, "--quiet", .. options]);
            Assert.True(exit == 0, stderr);
            return File.ReadAllBytes(Path.Combine(outDir, "awards.csv"));
        }

        byte[] plain = await AwardsOf(TestPaths.SampleRegister);
        foreach (string form in new[] { "spanish.csv", "typed.xlsx", "text.xlsx" })
        {
            string file = Path.Combine(dir, form);
            File.WriteAllBytes(file, Write(form));
            Assert.Equal(plain, await AwardsOf(file));
        }

        Assert.Equal(plain, await AwardsOf(Path.Combine(dir, "typed.xlsx"), "--sheet", "Registre"));
        Assert.Equal(plain, await AwardsOf(Path.Combine(dir, "spanish.csv"), "--csv-locale", "es"));
    }

    [Fact]
    public void The_spanish_form_really_uses_the_spreadsheet_conventions()
    {
        string spanish = RegisterForms.Spanish(Table);

        Assert.StartsWith("application_id;registered_at;", spanish, StringComparison.Ordinal);
        Assert.Contains(";47.565,14;", spanish, StringComparison.Ordinal); // thousands '.' and decimal comma
        Assert.Contains(";34,5;", spanish, StringComparison.Ordinal);
        Assert.Contains("01/10/2022 09:11:06", spanish, StringComparison.Ordinal);
        Assert.Contains(";VERDADERO;", spanish, StringComparison.Ordinal);
        Assert.Contains(";Fals;", spanish, StringComparison.Ordinal);
    }

    private static byte[] Awards(IReadOnlyList<Application> apps) =>
        Encoding.UTF8.GetBytes(AwardsCsv.Write(DirectReplay.Run(Baseline.Value, apps).Decisions));
}
