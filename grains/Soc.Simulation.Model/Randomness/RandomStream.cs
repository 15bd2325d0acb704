using System.Runtime.CompilerServices;

namespace Soc.Simulation.Model.Randomness;

/// <summary>
/// A seeded pseudo-random stream (xoshiro256**, seeded by SplitMix64), the same on every machine and .NET
/// version. Each purpose gets its own stream derived from (seed, replicate, key, purpose), so adding draws
/// for one purpose never shifts another's: the basis of common random numbers across scenarios.
/// </summary>
public sealed class RandomStream
{
    private ulong _s0, _s1, _s2, _s3;

    public RandomStream(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    public static RandomStream For(ulong seed, int replicate, string key, string purpose) =>
        new(Mix(Mix(Mix(seed, (ulong)replicate), Fnv1a(key)), Fnv1a(purpose)));

    /// <summary>
    /// The stream of purpose followed by number ("contract/" and 42: "contract/42"), without building that string.
    /// </summary>
    public static RandomStream For(ulong seed, int replicate, string key, string purpose, int number) =>
        Numbered(seed, replicate, key, purpose).For(number);

    /// <summary>The streams of a purpose followed by a number, with what they share hashed once: a Catalonia replicate asks for one per hire, 170,000 of them.</summary>
    public static NumberedStreams Numbered(ulong seed, int replicate, string key, string purpose) =>
        new(Mix(Mix(seed, (ulong)replicate), Fnv1a(key)), Fnv1a(purpose));

    /// <summary>See <see cref="Numbered"/>: the stream of number n is the stream named purpose + n.</summary>
    public readonly struct NumberedStreams(ulong keyed, ulong purposeHash)
    {
        public RandomStream For(int number)
        {
            // The number's invariant digits, as ToString would write them, hashed on from the purpose.
            Span<char> digits = stackalloc char[11];
            int at = digits.Length;
            long n = Math.Abs((long)number);
            do
            {
                digits[--at] = (char)('0' + (int)(n % 10));
                n /= 10;
            }
            while (n > 0);
            if (number < 0) digits[--at] = '-';
            ulong hash = purposeHash;
            foreach (char ch in digits[at..]) hash = (hash ^ ch) * 1099511628211UL;
            return new(Mix(keyed, hash));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [min, max).</summary>
    public int Next(int min, int max) => min + (int)(NextDouble() * (max - min));

    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Picks an index with the given weights.</summary>
    public int Pick(ReadOnlySpan<double> weights)
    {
        double total = 0;
        foreach (double w in weights) total += w;
        double u = NextDouble() * total;
        for (int i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0) return i;
        }

        return weights.Length - 1;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Mix(ulong a, ulong b)
    {
        ulong x = a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2));
        return SplitMix(ref x);
    }

    private static ulong Fnv1a(string text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char ch in text)
        {
            hash = (hash ^ ch) * 1099511628211UL;
        }

        return hash;
    }
}
