namespace Soc.Simulation.Model.Simulation;

/// <summary>The per-month counts the loop sees as it goes.</summary>
public sealed class MonthlyCounts(int months)
{
    public int[] Arrivals { get; } = new int[months];
    public int[] Active { get; } = new int[months];
    public int[] Hires { get; } = new int[months];
    public int[] Applications { get; } = new int[months];
    public decimal[] ServiceSpendingSocEur { get; } = new decimal[months];
    public decimal[] ServiceSpendingCityCouncilEur { get; } = new decimal[months];

    public void RecordSpending(int month, decimal soc, decimal city)
    {
        ServiceSpendingSocEur[month] = soc;
        ServiceSpendingCityCouncilEur[month] = city;
    }

    public void Record(int month, int arrivals, int active, int hires, int applications)
    {
        Arrivals[month] = arrivals;
        Active[month] = active;
        Hires[month] = hires;
        Applications[month] = applications;
    }
}
