namespace Soc.Simulation.Model.Participants;

/// <summary>The age bands the targets are given in (E: youth = under 30).</summary>
public enum AgeBand : byte
{
    Under30,
    From30To44,
    From45,
}

/// <summary>The names used for age bands and education levels in scenario files.</summary>
public static class ProfileNames
{
    public static readonly string[] AgeBands = ["under30", "from30to44", "from45"];
    public static readonly string[] Education = ["low", "mid", "high"];

    public static AgeBand BandOf(int age) => age < 30 ? AgeBand.Under30 : age < 45 ? AgeBand.From30To44 : AgeBand.From45;
}
