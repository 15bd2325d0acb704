namespace Soc.Simulation.Analysis.Design;

/// <summary>How a lever of a design varies: a real number in a range, a whole number in a range, or one of some values.</summary>
public enum GeneKind
{
    Continuous,
    Integer,
    Categorical,
}

/// <summary>
/// One lever as the search sees it: a gene with its range. A categorical gene holds the index of its value
/// (0 … <see cref="Categories"/> − 1); an integer gene a whole number between <see cref="Min"/> and <see cref="Max"/>.
/// </summary>
public sealed record DesignGene(string Name, GeneKind Kind, double Min, double Max, int Categories = 0)
{
    public static DesignGene Continuous(string name, double min, double max) =>
        min < max ? new(name, GeneKind.Continuous, min, max) : throw new ArgumentException($"{name}: expected min < max");

    public static DesignGene Integer(string name, int min, int max) =>
        min < max ? new(name, GeneKind.Integer, min, max) : throw new ArgumentException($"{name}: expected min < max");

    public static DesignGene Categorical(string name, int categories) =>
        categories >= 2 ? new(name, GeneKind.Categorical, 0, categories - 1, categories) : throw new ArgumentException($"{name}: expected two values or more");

    /// <summary>A value brought back into the gene's range, whole for an integer or categorical gene.</summary>
    public double Clamp(double value)
    {
        double inside = Math.Clamp(value, Min, Max);
        return Kind == GeneKind.Continuous ? inside : Math.Round(inside, MidpointRounding.AwayFromZero);
    }
}
