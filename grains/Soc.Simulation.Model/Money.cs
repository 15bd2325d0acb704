namespace Soc.Simulation.Model;

/// <summary>Euro amounts are decimals with cents; every rounding in the model goes through here.</summary>
public static class Money
{
    /// <summary>Rounds to cents, midpoint away from zero (F3: 0.005 € becomes 0.01 €).</summary>
    public static decimal Cents(decimal eur) => Math.Round(eur, 2, MidpointRounding.AwayFromZero);

    /// <summary>Rounds down to cents (towards zero): a limit computed from a share never allows a cent more than the share.</summary>
    public static decimal CentsDown(decimal eur) => Math.Round(eur, 2, MidpointRounding.ToZero);

    /// <summary>True when the amount has no fraction of a cent.</summary>
    public static bool IsWholeCents(decimal eur) => eur == Cents(eur);
}
