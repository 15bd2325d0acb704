namespace Soc.Simulation.Model.Randomness;

/// <summary>Lets MathNet.Numerics' samplers draw from a <see cref="RandomStream"/>, so they stay seeded and portable.</summary>
public sealed class SystemRandomAdapter(RandomStream stream) : Random
{
    protected override double Sample() => stream.NextDouble();

    public override double NextDouble() => stream.NextDouble();

    public override int Next() => (int)(stream.NextUInt64() >> 33);

    public override int Next(int maxValue) => (int)(stream.NextDouble() * maxValue);

    public override int Next(int minValue, int maxValue) => stream.Next(minValue, maxValue);

    public override void NextBytes(byte[] buffer)
    {
        for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)(stream.NextUInt64() >> 56);
    }
}
