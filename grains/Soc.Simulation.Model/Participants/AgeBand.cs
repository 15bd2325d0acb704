namespace Soc.Simulation.Model.Participants;

/// <summary>The age bands the targets are given in (E: youth = under 30).</summary>
public enum AgeBand : byte
{
    Under30,
    From30To44,
    From45,
}
