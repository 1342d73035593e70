using Kenbaarheid.Tooling.Templates.Review;

namespace Kenbaarheid.Tooling.Tests.Templates.Review;

public sealed class LineDiffTests
{
    [Fact]
    public void Compute_MarksOneChangedWordAsOneLineRemovedAndOneAdded()
    {
        var diff = LineDiff.Compute("a\nb\nc\n", "a\nB\nc\n");

        Assert.Equal(
            [(DiffLineKind.Kept, "a"), (DiffLineKind.Removed, "b"), (DiffLineKind.Added, "B"), (DiffLineKind.Kept, "c")],
            diff.Select(l => (l.Kind, l.Text)));
    }

    [Fact]
    public void Hunks_KeepContextAroundChangesAndMarkTheGaps()
    {
        var old = string.Join('\n', Enumerable.Range(1, 20)) + "\n";
        var changed = old.Replace("\n10\n", "\nten\n", StringComparison.Ordinal);

        var hunks = LineDiff.Hunks(LineDiff.Compute(old, changed), context: 2);

        Assert.Equal(["8", "9", "10", "ten", "11", "12"], hunks.Select(l => l!.Text));
    }
}
