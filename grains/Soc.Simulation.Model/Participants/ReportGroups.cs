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
    public int Of(Participant p, Span<int> groups) => Of(p.AgeBand, p.LongTermUnemployed, p.MainProgramme, groups);

    /// <summary>The groups of a profile: age band, long-term unemployment and main programme (-1: none).</summary>
    public int Of(AgeBand band, bool longTerm, int main, Span<int> groups)
    {
        int n = 0;
        groups[n++] = All;
        groups[n++] = FirstBand + (int)band;
        if (longTerm) groups[n++] = _longTerm;
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

/// <summary>
/// The six counts of a cohort's report (participants, insertions, the twin world's insertions, back to studies, and the
/// programmes' own two), by group. Each member is counted once, in the cell of their profile (age band, long-term
/// unemployment, main programme) and of their outcomes (one bit per count); the groups' counts are added up from
/// the cells at the end. A count's groups come out in the order they first counted someone, as counting member by
/// member and group by group would add them: by the first member counted, then by the member's order of groups.
/// </summary>
internal sealed class ReportTally
{
    /// <summary>The counts, one bit each in a member's outcomes.</summary>
    public const int Counts = 6;

    private const int Cells = 1 << Counts;

    private readonly ReportGroups _groups;
    private readonly int _programmes;
    private readonly int[] _members;
    private readonly int[] _first;

    public ReportTally(ReportGroups groups, int programmes)
    {
        _groups = groups;
        _programmes = programmes;
        int profiles = Enum.GetValues<AgeBand>().Length * 2 * (programmes + 1);
        _members = new int[profiles * Cells];
        _first = new int[profiles * Cells];
        Array.Fill(_first, int.MaxValue);
    }

    /// <summary>Counts the member with this <paramref name="index"/> (members are counted in order) in the counts whose bit is set.</summary>
    public void Add(int index, in Participant p, int outcomes)
    {
        int cell = (Profile(p.AgeBand, p.LongTermUnemployed, p.MainProgramme) * Cells) + outcomes;
        if (_members[cell]++ == 0) _first[cell] = index;
    }

    /// <summary>One count's groups by name, in the order they first counted someone.</summary>
    public Dictionary<string, int> ByName(int count)
    {
        int groupCount = _groups.Names.Count;
        var totals = new int[groupCount];
        var first = new (int Member, int Place)[groupCount];
        Array.Fill(first, (int.MaxValue, 0));
        Span<int> of = stackalloc int[ReportGroups.MaxPerParticipant];
        for (int profile = 0; profile < _members.Length / Cells; profile++)
        {
            int n = GroupsOf(profile, of);
            for (int outcomes = 0; outcomes < Cells; outcomes++)
            {
                int cell = (profile * Cells) + outcomes;
                if ((outcomes & (1 << count)) == 0 || _members[cell] == 0) continue;
                for (int place = 0; place < n; place++)
                {
                    totals[of[place]] += _members[cell];
                    if (_first[cell] < first[of[place]].Member) first[of[place]] = (_first[cell], place);
                }
            }
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (int g in Enumerable.Range(0, groupCount).Where(g => totals[g] > 0).OrderBy(g => first[g]))
        {
            counts.Add(_groups.Names[g], totals[g]);
        }

        return counts;
    }

    private int Profile(AgeBand band, bool longTerm, int main) => ((((int)band * 2) + (longTerm ? 1 : 0)) * (_programmes + 1)) + main + 1;

    private int GroupsOf(int profile, Span<int> of)
    {
        int main = (profile % (_programmes + 1)) - 1, rest = profile / (_programmes + 1);
        return _groups.Of((AgeBand)(rest / 2), rest % 2 == 1, main, of);
    }
}
