using Soc.Simulation.Abstractions.Promoters;
using Soc.Simulation.Model.GrantCall;

namespace Soc.Simulation.Client.Output.Spreadsheets;

/// <summary>The sheets of a call's optional constraints (I2 promoters' places, I6 quotas), only when the call has them.</summary>
public static class CallConstraintSheets
{
    public static IEnumerable<SheetTable> For(IReadOnlyList<PromoterPlaces> promoters, IReadOnlyList<QuotaOutcome> quotas)
    {
        if (promoters.Count > 0)
        {
            yield return new SheetTable("promoters",
            [
                new("year", CellKind.Count), new("promoter", CellKind.Text, 18), new("name", CellKind.Text, 28), new("territory", CellKind.Text, 18),
                new("places", CellKind.Count), new("taken", CellKind.Count),
            ], promoters.Select(p => (IReadOnlyList<SheetCell>)[p.Year, p.PromoterId, p.Name, p.Territory, p.Places, p.Taken]));
        }

        if (quotas.Count > 0)
        {
            yield return new SheetTable("quotas",
            [
                new("group", CellKind.Text, 22), new("min_share", CellKind.Share), new("reserved_until", CellKind.Date), new("granted", CellKind.Count),
                new("granted_in_group", CellKind.Count), new("share_of_granted", CellKind.Share), new("granted_eur", CellKind.Euros),
                new("granted_in_group_eur", CellKind.Euros), new("refused_while_reserved", CellKind.Count), new("met", CellKind.Text),
            ], quotas.Select(q => (IReadOnlyList<SheetCell>)
            [
                q.Group, q.MinShare, q.ReservedUntil, q.Granted, q.GrantedInGroup, q.ShareOfGranted, q.GrantedEur, q.GrantedInGroupEur,
                q.RefusedWhileReserved, q.Met ? "yes" : "no",
            ]));
        }
    }
}
