using System.Text;

namespace Kenbaarheid.Explanation;

/// <summary>
/// Register text that was mis-decoded somewhere before it reached us: U+FFFD where a character was lost, C1 control
/// characters, or mojibake, UTF-8 read as Windows-1252 ("efficiÃ«nt" for "efficiënt"). Mojibake is repaired when
/// every such sequence decodes back to one character, which restores the register's own words; a lost character
/// cannot be restored, so that text is withheld rather than shown damaged or guessed at.
/// </summary>
internal static class GarbledText
{
    private const char Replacement = '\uFFFD';

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(
        1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The outcome for one text: unchanged, repaired, or withheld (null).</summary>
    public static (string? Text, bool Garbled) Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var repaired = RepairMojibake(text);
        if (repaired.Any(c => c == Replacement || c is >= '\u0080' and <= '\u009F'))
        {
            return (null, true);
        }

        return (repaired, !ReferenceEquals(repaired, text));
    }

    /// <summary>Replaces each UTF-8 sequence that was read as Windows-1252 by the character it encodes.</summary>
    private static string RepairMojibake(string text)
    {
        StringBuilder? repaired = null;
        var copiedUpTo = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var continuations = text[i] switch
            {
                >= '\u00C2' and <= '\u00DF' => 1,
                >= '\u00E0' and <= '\u00EF' => 2,
                >= '\u00F0' and <= '\u00F4' => 3,
                _ => 0,
            };
            if (continuations == 0 || i + continuations >= text.Length)
            {
                continue;
            }

            if (Decode(text.AsSpan(i, continuations + 1)) is not { } character)
            {
                continue;
            }

            repaired ??= new StringBuilder(text.Length);
            repaired.Append(text, copiedUpTo, i - copiedUpTo).Append(character);
            i += continuations;
            copiedUpTo = i + 1;
        }

        return repaired is null ? text : repaired.Append(text, copiedUpTo, text.Length - copiedUpTo).ToString();
    }

    /// <summary>The one character a lead and its continuations encode in UTF-8, or null when they are not mojibake.</summary>
    private static string? Decode(ReadOnlySpan<char> sequence)
    {
        Span<byte> bytes = stackalloc byte[4];
        try
        {
            var count = Windows1252.GetBytes(sequence, bytes);
            if (bytes[1..count].ToArray().Any(b => b is < 0x80 or > 0xBF))
            {
                return null;
            }

            var decoded = StrictUtf8.GetString(bytes[..count]);
            return decoded.EnumerateRunes().Count() == 1 ? decoded : null;
        }
        catch (Exception exception) when (exception is EncoderFallbackException or DecoderFallbackException or ArgumentException)
        {
            return null;
        }
    }
}
