using System.Globalization;
using System.Text;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Employers;

namespace Soc.Simulation.Model.Register;

/// <summary>Writes applications in the register format that <see cref="RegisterReader"/> reads.</summary>
public static class RegisterWriter
{
    /// <summary>The register; the optional long_term_unemployed column only when some application says it (I6).</summary>
    public static string Write(IReadOnlyCollection<Application> applications)
    {
        bool longTerm = applications.Any(a => a.LongTermUnemployed is not null);
        var sb = new StringBuilder();
        sb.Append(string.Join(',', RegisterColumns.All));
        if (longTerm) sb.Append(',').Append(RegisterColumns.LongTermUnemployed);
        sb.Append('\n');
        foreach (Application a in applications)
        {
            string[] cells =
            [
                a.ApplicationId, a.RegisteredAt.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), a.EmployerId,
                EmployerTypeNames.Name(a.EmployerType), Bool(a.RoadTransport), Eur(a.PriorDeMinimisEur), a.ParticipantId,
                Date(a.BirthDate), Bool(a.Unemployed), Date(a.ContractStart),
                a.ContractMonths?.ToString(CultureInfo.InvariantCulture) ?? "", a.WeeklyHours.ToString(CultureInfo.InvariantCulture),
                Bool(a.Permanent), a.EndedOn is DateOnly e ? Date(e) : "", a.RenouncedOn is DateOnly r ? Date(r) : "",
            ];
            sb.Append(Csv.Line(longTerm ? [.. cells, a.LongTermUnemployed is bool l ? Bool(l) : ""] : cells)).Append('\n');
        }

        return sb.ToString();
    }

    internal static string Bool(bool b) => b ? "true" : "false";

    internal static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Euros with exactly two decimals and '.' as separator (domain.md G).</summary>
    public static string Eur(decimal eur) => Money.Cents(eur).ToString("0.00", CultureInfo.InvariantCulture);
}
