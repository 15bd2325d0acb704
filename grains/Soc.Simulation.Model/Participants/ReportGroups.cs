using Soc.Simulation.Abstractions.Scenarios;
using Soc.Simulation.Model.Scenarios;
using Soc.Simulation.Model.Simulation;

namespace Soc.Simulation.Model.Participants;

/// <summary>
/// The groups a cohort's report counts people in, by index: "all", each age band, "long_term", "none" (no programme),
/// then "area:NAME" for each programme's area and "programme:ID" for each programme. A participant is in "all", their
/// age band, "long_term" if so, and either "none" or their main programme's area and programme.
/// </summary>
internal sealed class ReportGroups
{
    public const int MaxPerParticipant = 5;
    private const int All = 0, FirstBand = 1;

    private readonly int _longTerm, _none;
    private readonly int[] _area, _programme;

    private ReportGroups(SimulationSetup setup)
    {
        var names = new List<string> { "all" };
        names.AddRange(ProfileNames.AgeBands);
        _longTerm = names.Count;
        names.Add("long_term");
        _none = names.Count;
        names.Add("none");
        _area = new int[setup.Programmes.Count];
        _programme = new int[setup.Programmes.Count];
        for (int i = 0; i < setup.Programmes.Count; i++)
        {
            string area = "area:" + setup.Programmes[i].Area.Name();
            int at = names.IndexOf(area);
            _area[i] = at >= 0 ? at : names.Count;
            if (at < 0) names.Add(area);
        }

        for (int i = 0; i < setup.Programmes.Count; i++)
        {
            _programme[i] = names.Count;
            names.Add("programme:" + setup.Programmes[i].Id);
        }

        Names = names;
    }

    public IReadOnlyList<string> Names { get; }

    public static ReportGroups For(SimulationSetup setup) => new(setup);

    /// <summary>Writes the participant's groups into <paramref name="groups"/>, in the order a report counts them, and returns how many.</summary>
    public int Of(Participant p, Span<int> groups)
    {
        int n = 0;
        groups[n++] = All;
        groups[n++] = FirstBand + (int)p.AgeBand;
        if (p.LongTermUnemployed) groups[n++] = _longTerm;
        int main = p.MainProgramme;
        if (main < 0)
        {
            groups[n++] = _none;
            return n;
        }

        groups[n++] = _area[main];
        groups[n++] = _programme[main];
        return n;
    }
}

/// <summary>One count per group, remembering the order in which groups first counted someone.</summary>
internal sealed class GroupTally(int groups)
{
    private readonly int[] _counts = new int[groups];
    private readonly List<int> _order = [];

    public void Add(int group, bool yes)
    {
        if (!yes) return;
        if (_counts[group]++ == 0) _order.Add(group);
    }

    /// <summary>The groups with a count, by name, in the order they first counted someone (as a tally by name would add them).</summary>
    public Dictionary<string, int> ByName(IReadOnlyList<string> names)
    {
        var counts = new Dictionary<string, int>(_order.Count, StringComparer.Ordinal);
        foreach (int g in _order) counts.Add(names[g], _counts[g]);
        return counts;
    }
}
