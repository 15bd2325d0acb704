using Soc.Simulation.Abstractions.GrantCall;
using Soc.Simulation.Abstractions.Portfolio;
using Soc.Simulation.Model.Portfolio;
using Soc.Simulation.Tests.Rules;

namespace Soc.Simulation.Tests.Portfolio;

/// <summary>Editions of the 30 Plus call for portfolio tests: the 2023 call's calendar moved by whole years.</summary>
internal static class PortfolioFixtures
{
    /// <summary>The 2023 call with its dates <paramref name="years"/> later and the 2024 de minimis rule (B9: 300,000 €, rolling three years).</summary>
    public static CallParameters Edition(int years, decimal monthlyEur, decimal budgetEur = 1_000_000m) => CallFixtures.Call2023 with
    {
        BudgetEur = budgetEur,
        HiringStart = CallFixtures.Call2023.HiringStart.AddYears(years),
        HiringEnd = CallFixtures.Call2023.HiringEnd.AddYears(years),
        FilingStart = CallFixtures.Call2023.FilingStart.AddYears(years),
        FilingEnd = CallFixtures.Call2023.FilingEnd.AddYears(years),
        ExecutionEnd = CallFixtures.Call2023.ExecutionEnd.AddYears(years),
        MonthlyAmountEur = monthlyEur,
        DailyModuleEur = Math.Round(monthlyEur * 12 / 365, 2),
        DeMinimisCapEur = years == 0 ? 200_000m : 300_000m,
        DeMinimisRoadTransportCapEur = years == 0 ? 100_000m : 300_000m,
        DeMinimisWindow = years == 0 ? DeMinimisWindow.FiscalYears : DeMinimisWindow.RollingYears,
    };

    /// <summary>A full-time hire by <paramref name="employer"/> starting on <paramref name="start"/>, registered <paramref name="registered"/>.</summary>
    public static Application Hire(string id, string employer, DateOnly start, DateOnly registered, int months = 12) => CallFixtures.Application(id) with
    {
        EmployerId = employer,
        ContractStart = start,
        ContractMonths = months,
        RegisteredAt = CallFixtures.At(registered),
        BirthDate = start.AddYears(-40),
    };

    public static PortfolioCall Call(string id, CallParameters call) => new(id, id, call.FilingEnd.Year, call);

    public static Abstractions.Portfolio.Portfolio Of(params PortfolioCall[] calls) => new("test", "", calls, []);

    public static PortfolioResult Run(Abstractions.Portfolio.Portfolio portfolio, params (string CallId, Application[] Applications)[] registers) =>
        PortfolioEngine.Run(portfolio, registers.Select(r => new CallRegister(r.CallId, r.Applications)));

    public static AwardDecision Decision(this PortfolioResult result, string callId, string applicationId) =>
        result.Calls.Single(c => c.CallId == callId).Decisions.Single(d => d.ApplicationId == applicationId);
}
