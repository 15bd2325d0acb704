using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.GrantCall;

/// <summary>Registry order (A12, F4): registration date and time, then application id as the tie-break.</summary>
public static class RegistryOrder
{
    public static readonly IComparer<Application> Comparer = Comparer<Application>.Create((x, y) =>
    {
        int c = x.RegisteredAt.CompareTo(y.RegisteredAt);
        return c != 0 ? c : string.CompareOrdinal(x.ApplicationId, y.ApplicationId);
    });
}
