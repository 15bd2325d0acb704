using Soc.Simulation.Abstractions.Promoters;

namespace Soc.Simulation.Model.Promoters;

/// <summary>A promoter's places in a fiscal year as a call sees them (I2): how many, how many taken, and where its grants take or give back one.</summary>
public interface IPromoterBook
{
    int Places { get; }

    int Taken { get; }

    /// <summary>Books a grant's place; taking one when none is free is refused with an exception.</summary>
    void Change(PlaceChange change);
}
