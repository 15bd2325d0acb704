using System.Buffers;
using System.Text;

namespace Soc.Simulation.Model.Register;

/// <summary>
/// Turns the bytes of a CSV register into text. UTF-8 is strict: an invalid byte is an error at its line and
/// character, never a U+FFFD, because a replaced character can merge two employers ("Fundació Pi" and
/// "Fundacié Pi" saved as Latin-1 would both become "Fundaci\uFFFD Pi"). UTF-16 is read only with its
/// byte-order mark; without one, its NUL bytes are named for what they are.
/// </summary>
internal static class TextDecoding
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LeBom = [0xFF, 0xFE];
    private static readonly byte[] Utf16BeBom = [0xFE, 0xFF];
    private static readonly byte[] Utf32LeBom = [0xFF, 0xFE, 0x00, 0x00];
    private static readonly byte[] Utf32BeBom = [0x00, 0x00, 0xFE, 0xFF];

    public static string Decode(byte[] bytes, string file)
    {
        ReadOnlySpan<byte> span = bytes;
        string text = span.StartsWith(Utf32LeBom) || span.StartsWith(Utf32BeBom) ? throw new InputException(
                $"{file}: the file is UTF-32, which is not read; save it as UTF-8 (\"CSV UTF-8\")")
            : span.StartsWith(Utf8Bom) ? DecodeUtf8(span[3..], file)
            : span.StartsWith(Utf16LeBom) ? DecodeUtf16(span[2..], bigEndian: false, file)
            : span.StartsWith(Utf16BeBom) ? DecodeUtf16(span[2..], bigEndian: true, file)
            : LooksLikeUtf16(span) ? throw new InputException(
                $"{file}: the file looks like UTF-16 without a byte-order mark (NUL bytes between the letters); save it as UTF-8 (\"CSV UTF-8\"), or as UTF-16 with a byte-order mark")
            : DecodeUtf8(span, file);
        int nul = text.IndexOf('\0', StringComparison.Ordinal);
        return nul < 0 ? text : throw new InputException($"{Position(text.AsSpan(0, nul), file)}: a NUL character; a register is text, not a binary file");
    }

    /// <summary>ASCII text in UTF-16 has a zero byte beside each letter: "a\0p\0" (little-endian) or "\0a\0p" (big-endian).</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && (bytes[0] == 0) != (bytes[1] == 0);

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string file)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            OperationStatus status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out int read, out int written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                return new string(chars, 0, written);
            }

            // InvalidData or NeedMoreData (a sequence cut by the end of the file): 'read' is where the bad byte is.
            byte bad = bytes[read];
            string latin1 = bad >= 0xA0 ? $" ('{(char)bad}' in Latin-1?)" : "";
            throw new InputException(
                $"{Position(chars.AsSpan(0, written), file)}: byte 0x{bad:X2} is not valid UTF-8{latin1}; save the register as UTF-8 (\"CSV UTF-8\")");
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, string file)
    {
        string kind = bigEndian ? "UTF-16 BE" : "UTF-16 LE";
        if (bytes.Length % 2 != 0)
        {
            throw new InputException($"{file}: the file starts with a {kind} byte-order mark but has an odd number of bytes; it is cut or not UTF-16");
        }

        // Decoded by hand: Encoding.Unicode would turn an unpaired surrogate into U+FFFD without a word.
        var chars = new char[bytes.Length / 2];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = bigEndian ? (char)((bytes[2 * i] << 8) | bytes[(2 * i) + 1]) : (char)(bytes[2 * i] | (bytes[(2 * i) + 1] << 8));
        }

        var text = new string(chars);
        int bad = UnpairedSurrogate(text);
        return bad < 0 ? text : throw new InputException($"{Position(text.AsSpan(0, bad), file)}: an unpaired UTF-16 surrogate; the {kind} text is damaged");
    }

    /// <summary>Where the first surrogate without its pair is, or -1.</summary>
    private static int UnpairedSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return i;
        }

        return -1;
    }

    /// <summary>"file:line:character" of the character that follows <paramref name="before"/>, both 1-based; CR, LF and CRLF each end a line.</summary>
    private static string Position(ReadOnlySpan<char> before, string file)
    {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.Length; i++)
        {
            if (before[i] == '\n' || (before[i] == '\r' && (i + 1 >= before.Length || before[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        int character = 1;
        foreach (Rune _ in before[lineStart..].EnumerateRunes()) character++;
        return $"{file}:{line}:{character}";
    }
}
