using System.Text;
using static Soc.Simulation.Tests.Register.RegisterForms;
using Soc.Simulation.Model.Register;
using Soc.Simulation.Model;

namespace Soc.Simulation.Tests.Register;

/// <summary>
/// Whatever a damaged file holds, the reader either reads it or says what is wrong in one line: no other
/// exception, no stack trace. Cut and scrambled copies of a small workbook and a small CSV stand for the
/// files a failed upload or a bad disk leaves.
/// </summary>
public class RegisterDamagedFileTests
{
    private static readonly string Csv = $"{Header}\n{Good}\n{Good.Replace("A-1", "A-2", StringComparison.Ordinal).Replace("P-1", "P-2", StringComparison.Ordinal)}\n";

    private static void ReadsOrSaysWhy(byte[] content, string name)
    {
        try
        {
            RegisterReader.Read(content, name);
        }
        catch (InputException e)
        {
            Assert.DoesNotContain('\n', e.Message);
            Assert.StartsWith(name, e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_cut_of_a_workbook_is_read_or_refused_in_one_line()
    {
        byte[] xlsx = TypedXlsx(Table(Csv));
        for (int length = 0; length < xlsx.Length; length += Math.Max(1, xlsx.Length / 97))
        {
            ReadsOrSaysWhy(xlsx[..length], "reg.xlsx");
        }
    }

    [Fact]
    public void Scrambled_bytes_in_a_workbook_are_read_or_refused_in_one_line()
    {
        byte[] xlsx = TypedXlsx(Table(Csv));
        var random = new Random(2023);
        for (int trial = 0; trial < 150; trial++)
        {
            byte[] copy = [.. xlsx];
            int at = random.Next(copy.Length);
            for (int i = at; i < Math.Min(copy.Length, at + 1 + random.Next(16)); i++) copy[i] = (byte)random.Next(256);
            ReadsOrSaysWhy(copy, "reg.xlsx");
        }
    }

    [Fact]
    public void Scrambled_bytes_in_a_csv_are_read_or_refused_in_one_line()
    {
        byte[] csv = Encoding.UTF8.GetBytes(Csv);
        var random = new Random(2024);
        for (int trial = 0; trial < 300; trial++)
        {
            byte[] copy = [.. csv];
            for (int n = 0; n < 1 + random.Next(3); n++) copy[random.Next(copy.Length)] = (byte)random.Next(256);
            ReadsOrSaysWhy(copy[..random.Next(copy.Length + 1)], "reg.csv");
        }
    }
}
