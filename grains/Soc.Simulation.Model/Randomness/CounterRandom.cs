using System.Runtime.CompilerServices;

namespace Soc.Simulation.Model.Randomness;

/// <summary>
/// Counter-based uniforms: the k-th number of (participant, month) is a hash of the stream's key and those three
/// counters, and depends on nothing else. Each person's monthly draws are therefore the same in every scenario,
/// whatever happened to other people or how long anyone's programme lasted (common random numbers), and nobody
/// outside their window has to draw to keep the others in step.
/// </summary>
public readonly struct CounterRandom
{
    private readonly ulong _key;

    private CounterRandom(ulong key) => _key = key;

    public static CounterRandom For(ulong seed, int replicate, string key, string purpose) => new(RandomStream.For(seed, replicate, key, purpose).NextUInt64());

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double Uniform(int participant, int month, int k) => Uniform(ParticipantKey(participant), month, k);

    /// <summary>
    /// The first of the two hashing rounds, which depends on the participant alone: a cohort keeps it with each member
    /// (<see cref="Uniform(ulong, int, int)"/>), so that a month's draws cost one round instead of two.
    /// </summary>
    public ulong ParticipantKey(int participant) => Finalise(_key ^ ((ulong)(uint)participant * 0xD6E8FEB86659FD93UL));

    /// <summary>The same number as <see cref="Uniform(int, int, int)"/>, from the participant's key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Uniform(ulong participantKey, int month, int k)
    {
        // Two rounds of the SplitMix64 finaliser: distinct counters give independent-looking 64-bit words.
        ulong x = Finalise(participantKey ^ (((ulong)(uint)month << 8 | (uint)k) * 0x9E3779B97F4A7C15UL));
        return (x >> 11) * (1.0 / (1UL << 53));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finalise(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
