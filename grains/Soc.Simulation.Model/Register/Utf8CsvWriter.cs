using System.Globalization;
using System.Text;

namespace Soc.Simulation.Model.Register;

/// <summary>
/// CSV written straight as UTF-8 bytes, with the quoting of <see cref="Csv.Field"/> and the formats of
/// <see cref="RegisterWriter"/>: the same bytes as joining the fields' strings, without a string per field, a
/// StringBuilder of the whole file and its copy into bytes (a million-row awards.csv took 3 s that way).
/// </summary>
internal sealed class Utf8CsvWriter(int capacity)
{
    private static readonly System.Buffers.SearchValues<char> NeedsQuotes = System.Buffers.SearchValues.Create(",\"\n\r");

    private byte[] _buffer = new byte[Math.Max(capacity, 256)];
    private int _length;
    private bool _lineStart = true;

    /// <summary>A text field, quoted when it holds a separator, a quote or a line break.</summary>
    public Utf8CsvWriter Text(string value)
    {
        Separator();
        if (value.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            Utf8(value);
            return this;
        }

        Ascii("\""u8);
        Utf8(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        Ascii("\""u8);
        return this;
    }

    /// <summary>Euros with exactly two decimals and '.' (<see cref="RegisterWriter.Eur"/>).</summary>
    public Utf8CsvWriter Eur(decimal eur)
    {
        Separator();
        Ensure(40);
        Money.Cents(eur).TryFormat(_buffer.AsSpan(_length), out int written, "0.00", CultureInfo.InvariantCulture);
        _length += written;
        return this;
    }

    public Utf8CsvWriter Date(DateOnly day)
    {
        Separator();
        Ensure(10);
        day.TryFormat(_buffer.AsSpan(_length), out int written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _length += written;
        return this;
    }

    /// <summary>A field known to need no quoting: a fixed name.</summary>
    public Utf8CsvWriter Plain(ReadOnlySpan<byte> ascii)
    {
        Separator();
        Ascii(ascii);
        return this;
    }

    public void EndLine()
    {
        Ascii("\n"u8);
        _lineStart = true;
    }

    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    private void Separator()
    {
        if (!_lineStart) Ascii(","u8);
        _lineStart = false;
    }

    private void Ascii(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Utf8(string value)
    {
        Ensure(Encoding.UTF8.GetMaxByteCount(value.Length));
        _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
    }

    private void Ensure(int more)
    {
        if (_length + more <= _buffer.Length) return;
        Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
    }
}
