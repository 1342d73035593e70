using System.Diagnostics.CodeAnalysis;

namespace Kenbaarheid.Events;

/// <summary>
/// An Algoritmeregister id ("Algoritme-ID"): seven digits 1–9 and a check digit
/// <c>(3·(d1+d3+d5+d7) + (d2+d4+d6)) mod 10</c>. A value of this type always has a valid check digit.
/// </summary>
public readonly record struct Lars
{
    private Lars(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out Lars lars)
    {
        lars = default;
        if (!HasValidShape(text) || !HasValidCheckDigit(text))
        {
            return false;
        }

        lars = new Lars(text);
        return true;
    }

    public static Lars Parse(string text) =>
        TryParse(text, out var lars)
            ? lars
            : throw new FormatException($"'{text}' is not an Algoritmeregister id: eight digits, the first seven 1–9, the last a check digit.");

    /// <summary>Eight characters, seven digits 1–9 followed by any digit; says nothing of the check digit.</summary>
    public static bool HasValidShape([NotNullWhen(true)] string? text)
    {
        if (text is null || text.Length != 8)
        {
            return false;
        }

        for (var i = 0; i < 7; i++)
        {
            if (text[i] is < '1' or > '9')
            {
                return false;
            }
        }

        return char.IsAsciiDigit(text[7]);
    }

    /// <summary>Whether a well-shaped id carries the check digit its first seven digits call for.</summary>
    public static bool HasValidCheckDigit(string text)
    {
        int Digit(int i) => text[i] - '0';
        var expected = ((3 * (Digit(0) + Digit(2) + Digit(4) + Digit(6))) + Digit(1) + Digit(3) + Digit(5)) % 10;
        return Digit(7) == expected;
    }

    public override string ToString() => Value;
}
