using System.Runtime.CompilerServices;

namespace Soc.Simulation.Model.Participants;

/// <summary>
/// A cohort's members, appended in arrival order, in arrays small enough for the garbage collector's young
/// generation (16 KiB each). One array per cohort was over the large-object threshold (a Barcelona district's 2,800
/// members are 200 KB): each replicate allocated ten large objects, and the large-object heap's budget made every
/// collection a full one (240 Barcelona replicates: 38 gen2 collections and no gen0 one; 6 gen2 with these arrays).
/// </summary>
public sealed class ParticipantChunks
{
    /// <summary>
    /// Members per array: 16 KiB of them, well under the 85,000-byte threshold, and fewer than a Barcelona district's
    /// month of arrivals, so an array's windows close within a few months of each other.
    /// </summary>
    public static readonly int ChunkLength = Math.Max(1, 16 * 1024 / Unsafe.SizeOf<Participant>());

    private readonly List<Participant[]> _chunks = [];
    private readonly List<int> _trackedUntil = [];

    public int Count { get; private set; }

    public int ChunkCount => _chunks.Count;

    public void Add(in Participant member)
    {
        int at = Count % ChunkLength;
        if (at == 0)
        {
            _chunks.Add(new Participant[ChunkLength]);
            _trackedUntil.Add(int.MinValue);
        }

        _chunks[^1][at] = member;
        _trackedUntil[^1] = Math.Max(_trackedUntil[^1], member.TrackedUntilMonth);
        Count++;
    }

    /// <summary>
    /// The month from which no member of this array is followed any more (their windows are fixed when they arrive):
    /// the monthly step skips such an array whole. Members arrive in order, so most of a long horizon's arrays are past.
    /// </summary>
    public int TrackedUntil(int chunk) => _trackedUntil[chunk];

    /// <summary>The members of one array, to step them in place.</summary>
    public Span<Participant> Chunk(int index) =>
        _chunks[index].AsSpan(0, Math.Min(ChunkLength, Count - index * ChunkLength));

    /// <summary>Every member in arrival order (a struct enumerator: no allocation, no interface call per member).</summary>
    public Enumerator GetEnumerator() => new(this);

    public ref struct Enumerator(ParticipantChunks members)
    {
        private int _chunk = -1, _index;
        private Span<Participant> _current;

        public readonly Participant Current => _current[_index];

        public bool MoveNext()
        {
            if (++_index < _current.Length) return true;
            while (++_chunk < members.ChunkCount)
            {
                _current = members.Chunk(_chunk);
                _index = 0;
                if (_current.Length > 0) return true;
            }

            return false;
        }
    }
}
