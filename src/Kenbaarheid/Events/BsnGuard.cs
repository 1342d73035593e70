namespace Kenbaarheid.Events;

/// <summary>
/// Recognises a BSN (burgerservicenummer) inside a recipient reference. A BSN must never reach a notice, a log or
/// a rejection record, so the guard errs on the side of suspicion: separators between digits are ignored
/// ("111 222 333", "111.22.23.33") and an 8-digit run counts as a BSN with its leading zero dropped.
/// </summary>
internal static class BsnGuard
{
    public static bool ContainsBsn(string text)
    {
        var digitsOnly = RemoveSeparatorsBetweenDigits(text);
        var start = 0;
        while (start < digitsOnly.Length)
        {
            if (!char.IsAsciiDigit(digitsOnly[start]))
            {
                start++;
                continue;
            }

            var end = start;
            while (end < digitsOnly.Length && char.IsAsciiDigit(digitsOnly[end]))
            {
                end++;
            }

            var run = digitsOnly.AsSpan(start, end - start);
            if ((run.Length == 9 && PassesElevenTest(run)) || (run.Length == 8 && PassesElevenTest($"0{run}")))
            {
                return true;
            }

            start = end;
        }

        return false;
    }

    /// <summary>9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11); all zeros is no number at all.</summary>
    internal static bool PassesElevenTest(ReadOnlySpan<char> nineDigits)
    {
        var sum = 0;
        var allZero = true;
        for (var i = 0; i < 8; i++)
        {
            var digit = nineDigits[i] - '0';
            sum += (9 - i) * digit;
            allZero &= digit == 0;
        }

        var last = nineDigits[8] - '0';
        sum -= last;
        allZero &= last == 0;
        return !allZero && sum % 11 == 0;
    }

    private static string RemoveSeparatorsBetweenDigits(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsSeparator(text[i]) && kept.Length > 0 && char.IsAsciiDigit(kept[^1]))
            {
                var next = i;
                while (next < text.Length && IsSeparator(text[next]))
                {
                    next++;
                }

                if (next < text.Length && char.IsAsciiDigit(text[next]))
                {
                    i = next - 1;
                    continue;
                }
            }

            kept.Append(text[i]);
        }

        return kept.ToString();
    }

    private static bool IsSeparator(char c) => c is ' ' or '.' or '-';
}
