namespace Soc.Simulation.Model.Scenarios;

/// <summary>The names used for age bands and education levels in scenario files.</summary>
public static class ProfileNames
{
    public static readonly string[] AgeBands = ["under30", "from30to44", "from45"];
    public static readonly string[] Education = ["low", "mid", "high"];
}
