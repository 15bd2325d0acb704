namespace Soc.Simulation.Model.Budget;

/// <summary>A budget line's running balance: what it may commit and what it has committed.</summary>
internal sealed class LineBalance(string code)
{
    public string Code { get; } = code;

    public decimal Allocated { get; set; }

    public decimal Committed { get; set; }

    public decimal Available => Allocated - Committed;
}
