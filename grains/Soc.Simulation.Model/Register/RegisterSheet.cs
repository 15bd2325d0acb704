namespace Soc.Simulation.Model.Register;

/// <summary>
/// A register as its source gives it, before any column is interpreted: the header names, the data records
/// in file order (read lazily, so the first error stops the reading) and how text values are written.
/// </summary>
internal sealed record RegisterSheet(RecordPlace HeaderPlace, IReadOnlyList<string> Header, IEnumerable<SourceRecord> Rows, ValueSyntax Syntax);

/// <summary>One data record of a register source: where it is and its cells, by position under the header.</summary>
internal sealed record SourceRecord(RecordPlace Place, IReadOnlyList<RegisterCell> Cells);
