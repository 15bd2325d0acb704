using System.Text;
using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Client.Languages;
using Soc.Simulation.Model.Portfolio;

namespace Soc.Simulation.Client.Output;

/// <summary>The console summary of a portfolio replay, for a person; portfolio.json holds the same for machines.</summary>
public static class PortfolioTable
{
    public static string Render(PortfolioReport report, IReadOnlyList<CallRegister> registers)
    {
        var sb = new StringBuilder();
        sb.AppendLine(report.Portfolio);
        sb.AppendLine();
        sb.AppendLine($"{Say.T("call"),-18}{Say.T("year"),6}{Say.T("applications"),14}{Say.T("granted"),10}{Say.T("refused for budget"),20}{Say.T("A6"),6}{Say.T("net committed"),18}{Say.T("exhausted on"),14}");
        foreach (PortfolioCallReport c in report.Calls)
        {
            int a6 = c.RefusedByReason.GetValueOrDefault("A6");
            string exhausted = c.Kpis.ExhaustionDate is DateOnly d ? Say.Date(d) : Say.T("never");
            string applications = registers.Any(r => r.CallId == c.Id) ? Count(c.Kpis.Applications) : Say.T("no register");
            sb.AppendLine($"{c.Id,-18}{c.FiscalYear,6}{applications,14}{Count(c.Kpis.Granted + c.Kpis.GrantedOnReassignment),10}{Count(c.Kpis.RefusedBudget),20}{Count(a6),6}{Eur(c.Kpis.NetCommittedEur),18}{exhausted,14}");
        }

        sb.AppendLine();
        sb.AppendLine($"{Say.T("year / source"),-30}{Say.T("allocated"),18}{Say.T("net committed"),18}{Say.T("net paid"),18}{Say.T("available"),18}");
        foreach (PortfolioYearReport y in report.Years)
        {
            sb.AppendLine($"{y.Year,-30}{Eur(y.AllocatedEur),18}{Eur(y.NetCommittedEur),18}{Eur(y.NetPaidEur),18}{Eur(y.AvailableEur),18}");
            foreach (SourceShare s in y.BySource)
            {
                sb.AppendLine($"{"  " + s.Source,-30}{Eur(s.AllocatedEur),18}{Eur(s.NetCommittedEur),18}{Eur(s.NetPaidEur),18}{Eur(s.AvailableEur),18}");
            }
        }

        sb.AppendLine();
        sb.AppendLine(Say.F("de minimis: {0} employers hold aid, {1} of them from more than one call; {2} applications refused under A6",
            Count(report.DeMinimis.EmployersWithAid), Count(report.DeMinimis.EmployersWithAidInSeveralCalls), Count(report.DeMinimis.RefusedForDeMinimis)));
        sb.AppendLine(report.FundingNote);
        return sb.ToString();
    }

    private static string Count(int n) => n.ToString("N0", Say.Numbers);

    private static string Eur(decimal eur) => eur.ToString("N2", Say.Numbers);
}
