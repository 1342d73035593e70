using System.Text.Json;

namespace Kenbaarheid.Events;

/// <summary>
/// Puts problems in document order, the order an agency developer reads the event in. The validator checks
/// fields in contract order; this sort moves each problem to where its field stands in the sent JSON. A missing
/// field sorts after its present siblings, and problems that tie keep the contract order (the sort is stable).
/// </summary>
internal static class ProblemOrder
{
    public static IReadOnlyList<Problem> InDocumentOrder(IReadOnlyList<Problem> problems, JsonElement root) =>
        problems.Count < 2
            ? problems
            : problems.Select(problem => (Problem: problem, Key: Position(root, problem.Path)))
                .OrderBy(entry => entry.Key, PositionComparer.Instance)
                .Select(entry => entry.Problem)
                .ToList();

    /// <summary>For each pointer segment, the index of the property or item it names; int.MaxValue once a segment is absent.</summary>
    private static int[] Position(JsonElement root, string path)
    {
        if (path.Length == 0)
        {
            return [];
        }

        var segments = path[1..].Split('/');
        var position = new int[segments.Length];
        var current = root;
        var found = true;
        for (var s = 0; s < segments.Length; s++)
        {
            var index = -1;
            if (found)
            {
                var name = segments[s].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                (index, current) = Locate(current, name);
            }

            found = index >= 0;
            position[s] = found ? index : int.MaxValue;
        }

        return position;
    }

    private static (int Index, JsonElement Value) Locate(JsonElement container, string segment)
    {
        if (container.ValueKind == JsonValueKind.Object)
        {
            var index = 0;
            foreach (var property in container.EnumerateObject())
            {
                if (property.NameEquals(segment))
                {
                    return (index, property.Value);
                }

                index++;
            }
        }
        else if (container.ValueKind == JsonValueKind.Array
            && int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var item)
            && item < container.GetArrayLength())
        {
            return (item, container[item]);
        }

        return (-1, default);
    }

    private sealed class PositionComparer : IComparer<int[]>
    {
        public static readonly PositionComparer Instance = new();

        public int Compare(int[]? x, int[]? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
            {
                var order = x[i].CompareTo(y[i]);
                if (order != 0)
                {
                    return order;
                }
            }

            // A field comes before the fields inside it.
            return x.Length.CompareTo(y.Length);
        }
    }
}
