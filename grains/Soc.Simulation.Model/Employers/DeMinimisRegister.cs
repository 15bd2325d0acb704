using Soc.Simulation.Abstractions.Employers;
using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.Employers;

/// <summary>
/// Every employer's <see cref="EmployerAccount"/> across a portfolio's calls, held in one process: the authority
/// of the direct path, and a call grain's reading of what its employers' grains answered (the accounts it holds are
/// then copies, refreshed when another call changes them).
/// </summary>
public sealed class DeMinimisRegister
{
    private readonly Dictionary<string, EmployerAccount> _accounts = new(StringComparer.Ordinal);

    public EmployerAccount Account(string employerId)
    {
        if (!_accounts.TryGetValue(employerId, out EmployerAccount? account))
        {
            account = new EmployerAccount(employerId);
            _accounts.Add(employerId, account);
        }

        return account;
    }

    /// <summary>Puts in place what an employer's authority holds now.</summary>
    public void Replace(EmployerAid aid) => _accounts[aid.EmployerId] = EmployerAccount.From(aid);

    public IEnumerable<EmployerAccount> Accounts => _accounts.Values.OrderBy(a => a.EmployerId, StringComparer.Ordinal);

    /// <summary>The other calls' aid as one call sees it.</summary>
    public IOtherAid SeenBy(string callId) => new View(this, callId);

    private sealed class View(DeMinimisRegister register, string callId) : IOtherAid
    {
        public decimal InWindow(string employerId, DateOnly day, DeMinimisWindow window) =>
            register._accounts.TryGetValue(employerId, out EmployerAccount? account) ? account.InWindow(day, window, exceptCall: callId) : 0m;
    }
}
