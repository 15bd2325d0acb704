
using Soc.Simulation.Abstractions.Scenarios;

namespace Soc.Simulation.Web.Scenarios;

/// <summary>A lever of the scenario form: its JSON path (what --set takes), its unit, and its value in a scenario.</summary>
public sealed record Lever(string Path, string Unit, Func<Scenario, double> Value);

/// <summary>The call's levers the form offers; labels and help are in <see cref="Languages.Texts"/> under the path.</summary>
public static class Levers
{
    public static readonly IReadOnlyList<Lever> All =
    [
        new("call.budgetEur", "€", s => (double)s.Call.BudgetEur),
        new("call.annualMinimumWageEur", "€/year", s => (double)(s.Call.AnnualMinimumWageEur ?? 0)),
        new("call.maxSubsidisedMonths", "months", s => s.Call.MaxSubsidisedMonths),
        new("call.minimumAge", "years", s => s.Call.MinimumAge),
        new("call.filingWindowMonths", "months", s => s.Call.FilingWindowMonths),
    ];

    /// <summary>The field a command-line error is about: the lever whose path it names, or null for the form as a whole.</summary>
    public static string? FieldOf(string message) =>
        All.Select(l => l.Path).FirstOrDefault(p => message.Contains(p, StringComparison.Ordinal) || message.Contains(p["call.".Length..], StringComparison.Ordinal));
}
