using System.Text;

namespace Kenbaarheid.Rendering.Pdf;

/// <summary>
/// Greedy word wrap of inline runs into lines of fragments. White space collapses as in HTML; a <c>br</c> ends a line;
/// a word wider than the line (a long web address) is broken between characters. Words in the same font, link and
/// language join one fragment, so a line is drawn with as few text operations as its styles allow.
/// </summary>
internal static class LineBreaker
{
    public static List<List<PlacedFragment>> Break(List<Run> runs, double x, double width, double size)
    {
        var lines = new List<List<PlacedFragment>>();
        var line = new List<PlacedFragment>();
        var text = new StringBuilder();
        Run? style = null;
        double lineX = 0, fragmentX = 0;
        var pendingSpace = false;
        var complete = true;

        void Flush()
        {
            if (text.Length > 0 && style is not null)
            {
                // Its width is the sum of its words and spaces, measured as they were placed: measuring the whole text
                // again would add up the same glyphs twice.
                line.Add(new PlacedFragment(text.ToString(), TextMeasure.Font(size, style.Bold), x + fragmentX, lineX - fragmentX, style.Href, style.Lang, complete));
            }

            text.Clear();
            complete = true;
            fragmentX = lineX;
        }

        void EndLine()
        {
            Flush();
            if (line.Count > 0)
            {
                lines.Add(line);
            }

            line = [];
            lineX = fragmentX = 0;
            pendingSpace = false;
        }

        void Append(ReadOnlySpan<char> word, Run run)
        {
            var font = TextMeasure.Font(size, run.Bold);
            var space = pendingSpace && lineX > 0 ? TextMeasure.Width(" ", font) : 0;
            var wordWidth = TextMeasure.Measure(word, font, out var wordComplete);
            if (lineX > 0 && lineX + space + wordWidth > width)
            {
                EndLine();
                space = 0;
            }

            if (wordWidth > width)
            {
                // Too long for any line: break it where it reaches the edge.
                var start = 0;
                while (start < word.Length)
                {
                    var take = 1;
                    while (start + take < word.Length && lineX + TextMeasure.Width(word.Slice(start, take + 1), font) <= width)
                    {
                        take++;
                    }

                    Append(word.Slice(start, take), run);
                    start += take;
                    if (start < word.Length)
                    {
                        EndLine();
                    }
                }

                return;
            }

            if (!ReferenceEquals(style, run) && (style is null || style.Bold != run.Bold || style.Href != run.Href || style.Lang != run.Lang))
            {
                Flush();
                style = run;
                if (space > 0)
                {
                    // The space between two styles belongs to the first fragment's gap, not to either text.
                    lineX += space;
                    fragmentX = lineX;
                    space = 0;
                }
            }

            if (space > 0)
            {
                text.Append(' ');
                lineX += space;
            }

            text.Append(word);
            complete &= wordComplete;
            lineX += wordWidth;
            pendingSpace = false;
        }

        foreach (var run in runs)
        {
            if (run.Text == "\n")
            {
                EndLine();
                continue;
            }

            var start = 0;
            var value = run.Text;
            for (var i = 0; i <= value.Length; i++)
            {
                if (i < value.Length && !char.IsWhiteSpace(value[i]))
                {
                    continue;
                }

                if (i > start)
                {
                    Append(value.AsSpan(start, i - start), run);
                }

                if (i < value.Length)
                {
                    pendingSpace = true;
                }

                start = i + 1;
            }
        }

        EndLine();
        return lines;
    }
}
