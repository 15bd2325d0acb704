using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.Register;

/// <summary>A register moved to a later edition's calendar: every date whole years later, ids and employers kept.</summary>
public static class RegisterShift
{
    public static IReadOnlyList<Application> YearsLater(IEnumerable<Application> register, int years) =>
        [.. register.Select(a => a with
        {
            RegisteredAt = a.RegisteredAt.AddYears(years),
            BirthDate = a.BirthDate.AddYears(years),
            ContractStart = a.ContractStart.AddYears(years),
            EndedOn = a.EndedOn?.AddYears(years),
            RenouncedOn = a.RenouncedOn?.AddYears(years),
        })];
}
