using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.Scenarios;

/// <summary>The scenario file's names of the quota groups (snake_case, as every enum value of the file).</summary>
public static class QuotaGroupNames
{
    public static string Name(QuotaGroup group) => group switch
    {
        QuotaGroup.LongTermUnemployed => "long_term_unemployed",
        QuotaGroup.FortyFiveOrOlder => "forty_five_or_older",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };
}
