using System.Globalization;
using System.Text;
using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Model.Employers;

namespace Soc.Simulation.Model.Register;

/// <summary>Writes applications in the register format that <see cref="RegisterReader"/> reads.</summary>
public static class RegisterWriter
{
    public static string Write(IEnumerable<Application> applications)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', RegisterColumns.All)).Append('\n');
        foreach (Application a in applications)
        {
            sb.Append(Csv.Line(
            [
                a.ApplicationId, a.RegisteredAt.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), a.EmployerId,
                EmployerTypeNames.Name(a.EmployerType), Bool(a.RoadTransport), Eur(a.PriorDeMinimisEur), a.ParticipantId,
                Date(a.BirthDate), Bool(a.Unemployed), Date(a.ContractStart),
                a.ContractMonths?.ToString(CultureInfo.InvariantCulture) ?? "", a.WeeklyHours.ToString(CultureInfo.InvariantCulture),
                Bool(a.Permanent), a.EndedOn is DateOnly e ? Date(e) : "", a.RenouncedOn is DateOnly r ? Date(r) : "",
            ])).Append('\n');
        }

        return sb.ToString();
    }

    internal static string Bool(bool b) => b ? "true" : "false";

    internal static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Euros with exactly two decimals and '.' as separator (domain.md G).</summary>
    public static string Eur(decimal eur) => Money.Cents(eur).ToString("0.00", CultureInfo.InvariantCulture);
}
