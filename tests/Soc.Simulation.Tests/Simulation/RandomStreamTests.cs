using Soc.Simulation.Model.Randomness;

namespace Soc.Simulation.Tests.Simulation;

/// <summary>
/// A participant's contract draws come from the stream named "contract/" and their number. The overload that
/// takes the number apart must give the very stream the name gives: otherwise every seed's results would move.
/// </summary>
public class RandomStreamTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(999_999)]
    [InlineData(int.MaxValue)]
    [InlineData(-5)]
    [InlineData(int.MinValue)]
    public void A_numbered_purpose_gives_the_stream_of_its_name(int number)
    {
        RandomStream named = RandomStream.For(11, 3, "ciutat_vella", $"contract/{number}");
        RandomStream numbered = RandomStream.For(11, 3, "ciutat_vella", "contract/", number);
        for (int k = 0; k < 8; k++) Assert.Equal(named.NextUInt64(), numbered.NextUInt64());
    }

    [Fact]
    public void Another_number_gives_another_stream()
    {
        Assert.NotEqual(RandomStream.For(11, 3, "d", "contract/", 12).NextUInt64(), RandomStream.For(11, 3, "d", "contract/", 21).NextUInt64());
    }

    [Fact]
    public void Pick_follows_the_weights_and_never_leaves_the_range()
    {
        var rng = new RandomStream(5);
        var counts = new int[3];
        for (int i = 0; i < 30_000; i++) counts[rng.Pick([0.2, 0.5, 0.3])]++;
        Assert.InRange(counts[0] / 30_000.0, 0.19, 0.21);
        Assert.InRange(counts[1] / 30_000.0, 0.49, 0.51);
        Assert.InRange(counts[2] / 30_000.0, 0.29, 0.31);
    }
}
