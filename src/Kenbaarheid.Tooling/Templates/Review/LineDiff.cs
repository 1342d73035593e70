namespace Kenbaarheid.Tooling.Templates.Review;

/// <summary>
/// A line diff by longest common subsequence: exact and small enough to read, and templates are a few hundred
/// lines, so the quadratic table costs nothing. Common leading and trailing lines are matched first.
/// </summary>
public static class LineDiff
{
    public static IReadOnlyList<DiffLine> Compute(string oldText, string newText)
    {
        var a = Lines(oldText);
        var b = Lines(newText);
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var n = a.Length - prefix - suffix;
        var m = b.Length - prefix - suffix;
        var lengths = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lengths[i, j] = a[prefix + i] == b[prefix + j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var result = new List<DiffLine>();
        for (var k = 0; k < prefix; k++)
        {
            result.Add(new DiffLine(DiffLineKind.Kept, k + 1, k + 1, a[k]));
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[prefix + x] == b[prefix + y])
            {
                result.Add(new DiffLine(DiffLineKind.Kept, prefix + x + 1, prefix + y + 1, a[prefix + x]));
                x++;
                y++;
            }
            else if (x < n && (y == m || lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                // Removed lines first, then the lines that replace them, as reviewers read a change.
                result.Add(new DiffLine(DiffLineKind.Removed, prefix + x + 1, null, a[prefix + x]));
                x++;
            }
            else
            {
                result.Add(new DiffLine(DiffLineKind.Added, null, prefix + y + 1, b[prefix + y]));
                y++;
            }
        }

        for (var k = 0; k < suffix; k++)
        {
            result.Add(new DiffLine(DiffLineKind.Kept, prefix + n + k + 1, prefix + m + k + 1, a[prefix + n + k]));
        }

        return result;
    }

    /// <summary>The changed lines with <paramref name="context"/> kept lines around each change; gaps become null.</summary>
    public static IReadOnlyList<DiffLine?> Hunks(IReadOnlyList<DiffLine> diff, int context = 3)
    {
        var show = new bool[diff.Count];
        for (var i = 0; i < diff.Count; i++)
        {
            if (diff[i].Kind == DiffLineKind.Kept)
            {
                continue;
            }

            for (var j = Math.Max(0, i - context); j <= Math.Min(diff.Count - 1, i + context); j++)
            {
                show[j] = true;
            }
        }

        var result = new List<DiffLine?>();
        for (var i = 0; i < diff.Count; i++)
        {
            if (show[i])
            {
                result.Add(diff[i]);
            }
            else if (result.Count > 0 && result[^1] is not null)
            {
                result.Add(null);
            }
        }

        if (result.Count > 0 && result[^1] is null)
        {
            result.RemoveAt(result.Count - 1);
        }

        return result;
    }

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');
}
