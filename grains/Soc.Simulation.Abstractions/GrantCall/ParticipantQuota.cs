namespace Soc.Simulation.Abstractions.GrantCall;

/// <summary>The groups of participants a call's quota may favour (B7, I6).</summary>
[GenerateSerializer, Alias("Soc.QuotaGroup")]
public enum QuotaGroup
{
    /// <summary>Participants the register marks as long-term unemployed (column <c>long_term_unemployed</c>).</summary>
    LongTermUnemployed,

    /// <summary>Participants aged 45 or more on the contract start (the age rule of A2).</summary>
    FortyFiveOrOlder,
}

/// <summary>
/// An optional participant quota of a call (B7, I6: "≥25 % long-term unemployed, ≥60 % aged 45+ in some editions").
/// The model's reading (ASSUMPTION, the sources give no procedure): the call reserves <see cref="MinShare"/> of its
/// budget for grants to the group until <see cref="ReservedUntil"/> (the filing end when not given); an application
/// outside the group is granted only from the rest, waits without blocking the registry order behind it, and is
/// served in registry order once the reservation ends.
/// </summary>
[GenerateSerializer, Immutable, Alias("Soc.ParticipantQuota")]
public sealed record ParticipantQuota(
    [property: Id(0)] QuotaGroup Group,
    [property: Id(1)] decimal MinShare,
    [property: Id(2)] DateOnly? ReservedUntil = null);
