using System.Text.RegularExpressions;
using Soc.Simulation.Tests.Cli;
using Soc.Simulation.Tests.Simulation;

namespace Soc.Simulation.Tests.Report;

/// <summary>
/// <c>--lang</c>: the printed table, report.html and the charts in Catalan or Spanish, with the catalogue's labels and
/// the locale's numbers and dates; the files for machines stay the same bytes, and without --lang nothing changes.
/// </summary>
public partial class LanguageTests
{
    private static readonly string[] Run = ["run", Barcelona.ScenarioPath, "--replicates", "3", "--seed", "4", "--set", "population.monthlyArrivals=200", "--backend", "direct", "--quiet"];

    private static readonly string[] MachineFiles = ["results.json", "replicates.csv", "results.xlsx"];

    [Fact]
    public async Task A_run_in_Catalan_has_catalan_labels_and_locale_numbers_and_the_default_is_english_as_before()
    {
        string plain = TestPaths.TempDir(), en = TestPaths.TempDir(), ca = TestPaths.TempDir(), es = TestPaths.TempDir();
        var (exit, plainOut, err) = await SocSimRunner.RunAsync([.. Run, "--out", plain]);
        Assert.True(exit == 0, err);
        (exit, string enOut, _) = await SocSimRunner.RunAsync([.. Run, "--out", en, "--lang", "en"]);
        Assert.Equal(0, exit);
        (exit, string caOut, _) = await SocSimRunner.RunAsync([.. Run, "--out", ca, "--lang", "ca"]);
        Assert.Equal(0, exit);
        (exit, _, _) = await SocSimRunner.RunAsync([.. Run, "--out", es, "--lang", "es"]);
        Assert.Equal(0, exit);

        // The default is English: every file and the printed table as with --lang en (paths aside).
        Assert.Equal(plainOut.Replace(plain, "OUT", StringComparison.Ordinal), enOut.Replace(en, "OUT", StringComparison.Ordinal));
        foreach (string file in Directory.GetFiles(plain).Select(f => Path.GetFileName(f)))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(plain, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(en, file))), $"{file} differs with --lang en");
        }

        // Field names and CSV headers are interfaces: the machine files are the same bytes in every language.
        foreach (string file in MachineFiles)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(plain, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(ca, file))), $"{file} differs with --lang ca");
        }

        string report = File.ReadAllText(Path.Combine(ca, "report.html"));
        Assert.Contains("<html lang=\"ca\">", report);
        Assert.Contains("Execució Monte Carlo", report);
        Assert.Contains("taxa d&#x27;inserció, totes les persones", report);
        Assert.Contains("Escenari: paràmetres i supòsits", report);
        Assert.DoesNotContain("Monte Carlo run", report);
        Assert.Matches(IberianEuros(), report);
        Assert.Matches(IberianPercent(), report);
        Assert.Matches(IberianDate(), report);
        Assert.Contains("<html lang=\"en\">", File.ReadAllText(Path.Combine(plain, "report.html")));
        Assert.Contains("Monte Carlo run", File.ReadAllText(Path.Combine(plain, "report.html")));
        Assert.Contains("Ejecución Monte Carlo", File.ReadAllText(Path.Combine(es, "report.html")));

        // The charts' titles, axes and legends.
        string chart = File.ReadAllText(Path.Combine(ca, "budget.svg"));
        Assert.Contains("Convocatòria 30 Plus", chart);
        Assert.Contains("final de mes", chart);
        Assert.Contains("pressupost", chart);
        Assert.Contains("end of month", File.ReadAllText(Path.Combine(plain, "budget.svg")));

        // The printed table: Catalan words, catalogue labels, 1.234,5 numbers.
        Assert.Contains("3 rèpliques, llavor 4", caOut);
        Assert.Contains("taxa d'inserció, totes les persones", caOut);
        Assert.Matches(IberianPercent(), caOut);
        Assert.Contains("insertionRate", plainOut);
    }

    [Fact]
    public async Task Compare_and_a_register_replay_print_in_the_language_and_keep_their_csv()
    {
        string[] compare = ["compare", Barcelona.ScenarioPath, "--alt", "b:call.budgetEur=3000000", "--replicates", "2", "--seed", "4",
            "--set", "population.monthlyArrivals=200", "--backend", "direct", "--quiet"];
        string plain = TestPaths.TempDir(), ca = TestPaths.TempDir();
        var (exit, _, err) = await SocSimRunner.RunAsync([.. compare, "--out", plain]);
        Assert.True(exit == 0, err);
        (exit, string caOut, _) = await SocSimRunner.RunAsync([.. compare, "--out", ca, "--lang", "ca"]);
        Assert.Equal(0, exit);
        Assert.Contains("2 rèpliques aparellades, llavor 4", caOut);
        Assert.Contains("IC 95 % de la diferència", caOut);
        Assert.Equal(File.ReadAllBytes(Path.Combine(plain, "compare.csv")), File.ReadAllBytes(Path.Combine(ca, "compare.csv")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(plain, "compare.json")), File.ReadAllBytes(Path.Combine(ca, "compare.json")));
        Assert.Contains("Comparació", File.ReadAllText(Path.Combine(ca, "report.html")));

        string[] replay = ["run", TestPaths.Baseline, "--registry", TestPaths.SampleRegister, "--backend", "direct"];
        string esDir = TestPaths.TempDir(), enDir = TestPaths.TempDir();
        (exit, string esOut, _) = await SocSimRunner.RunAsync([.. replay, "--out", esDir, "--lang", "es"]);
        Assert.Equal(0, exit);
        (exit, string enOut, _) = await SocSimRunner.RunAsync([.. replay, "--out", enDir]);
        Assert.Equal(0, exit);
        Assert.Contains("denegadas por no cumplir requisitos", esOut);
        Assert.Contains("presupuesto agotado el", esOut);
        Assert.Matches(IberianDate(), esOut);
        Assert.Contains("budget exhausted on", enOut);
        Assert.Equal(File.ReadAllBytes(Path.Combine(enDir, "awards.csv")), File.ReadAllBytes(Path.Combine(esDir, "awards.csv")));
    }

    /// <summary>Euros grouped with "." (2.334 €, 1.234.567 €).</summary>
    [GeneratedRegex(@"\d{1,3}(\.\d{3})+ €")]
    private static partial Regex IberianEuros();

    /// <summary>A rate with a decimal comma (48,54 %).</summary>
    [GeneratedRegex(@"\d+,\d{2} %")]
    private static partial Regex IberianPercent();

    /// <summary>A day as dd/mm/aaaa.</summary>
    [GeneratedRegex(@"\b\d{2}/\d{2}/\d{4}\b")]
    private static partial Regex IberianDate();
}
