using Soc.Simulation.Abstractions.GrantCall;


namespace Soc.Simulation.Model.Employers;

/// <summary>The snake_case names of employer types used in the register and in scenario files.</summary>
public static class EmployerTypeNames
{
    private static readonly Dictionary<string, EmployerType> ByName = new(StringComparer.Ordinal)
    {
        ["company"] = EmployerType.Company,
        ["self_employed"] = EmployerType.SelfEmployed,
        ["civil_society"] = EmployerType.CivilSociety,
        ["non_profit"] = EmployerType.NonProfit,
    };

    public static string Expected => string.Join(" | ", ByName.Keys);

    public static bool TryParse(string name, out EmployerType type) => ByName.TryGetValue(name, out type);

    public static string Name(EmployerType type) => ByName.First(kv => kv.Value == type).Key;
}
