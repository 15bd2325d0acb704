using Soc.Simulation.Abstractions.GrantCall;

namespace Soc.Simulation.Model.Scenarios;

/// <summary>The quota groups' names in the scenario file (snake_case, as every enum value of the file) and in words.</summary>
public static class QuotaGroupNames
{
    /// <summary>The group in English words: in refusal reasons, and the key of its translations.</summary>
    public static string Label(QuotaGroup group) => group switch
    {
        QuotaGroup.LongTermUnemployed => "long-term unemployed",
        QuotaGroup.FortyFiveOrOlder => "aged 45+",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    /// <summary>The words for a group given by its file name (as results.json writes it).</summary>
    public static string LabelOf(string name)
    {
        foreach (QuotaGroup g in Enum.GetValues<QuotaGroup>())
        {
            if (Name(g) == name) return Label(g);
        }

        return name;
    }

    public static string Name(QuotaGroup group) => group switch
    {
        QuotaGroup.LongTermUnemployed => "long_term_unemployed",
        QuotaGroup.FortyFiveOrOlder => "forty_five_or_older",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };
}
