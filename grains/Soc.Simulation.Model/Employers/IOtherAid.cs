using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.Employers;

/// <summary>
/// What a call asks about an employer's aid from the portfolio's other calls (I5): the part of it that counts
/// on a day. The call keeps its own grants itself (F5).
/// </summary>
public interface IOtherAid
{
    decimal InWindow(string employerId, DateOnly day, DeMinimisWindow window);
}
