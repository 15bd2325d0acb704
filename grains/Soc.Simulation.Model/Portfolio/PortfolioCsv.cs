using System.Text;
using Soc.Simulation.Abstractions.Employers;
using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Model.Register;

namespace Soc.Simulation.Model.Portfolio;

/// <summary>The portfolio's tables as CSV: lines.csv (each line of each year by month) and de-minimis.csv (each employer's aid).</summary>
public static class PortfolioCsv
{
    public const string LinesHeader = "year,line,month,allocated_eur,committed_eur,reassigned_eur,released_eur,paid_eur,refunded_eur,net_committed_eur,available_eur,cumulative_paid_eur";

    public const string DeMinimisHeader = "employer_id,call_id,application_id,granted_on,amount_eur";

    public static string Lines(IEnumerable<LineYearMonths> lines)
    {
        var sb = new StringBuilder(LinesHeader).Append('\n');
        foreach (LineYearMonths line in lines)
        {
            foreach (var m in line.Months)
            {
                sb.Append(Csv.Line(
                [
                    line.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), line.Code, m.Month, RegisterWriter.Eur(m.AllocatedEur),
                    RegisterWriter.Eur(m.CommittedEur), RegisterWriter.Eur(m.ReassignedEur), RegisterWriter.Eur(m.ReleasedEur), RegisterWriter.Eur(m.PaidEur),
                    RegisterWriter.Eur(m.RefundedEur), RegisterWriter.Eur(m.NetCommittedEur), RegisterWriter.Eur(m.AvailableEur), RegisterWriter.Eur(m.CumulativePaidEur),
                ])).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>Every grant each employer holds at the end, by employer, call and application: its de minimis ledger over the years (I5).</summary>
    public static string DeMinimis(IEnumerable<HeldAid> employers)
    {
        var sb = new StringBuilder(DeMinimisHeader).Append('\n');
        foreach (HeldAid employer in employers)
        {
            foreach (AidEntry e in employer.Entries)
            {
                sb.Append(Csv.Line([employer.EmployerId, e.CallId, e.ApplicationId, e.GrantedOn.ToString("yyyy-MM-dd"), RegisterWriter.Eur(e.AmountEur)])).Append('\n');
            }
        }

        return sb.ToString();
    }
}
