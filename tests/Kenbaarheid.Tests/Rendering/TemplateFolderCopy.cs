namespace Kenbaarheid.Tests.Rendering;

/// <summary>A private copy of the shipped templates folder (fixtures, approvals and all), for tests that change it.</summary>
internal sealed class TemplateFolderCopy : IDisposable
{
    public TemplateFolderCopy()
    {
        Folder = Directory.CreateTempSubdirectory("kenbaarheid-templates-copy-").FullName;
        var source = Path.Combine(RepositoryPaths.Root, "templates");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Folder { get; }

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    /// <summary>Replaces the one occurrence of <paramref name="old"/> in a template file, failing when it is not there exactly once.</summary>
    public void Replace(string relative, string old, string replacement)
    {
        var text = File.ReadAllText(PathOf(relative));
        var index = text.IndexOf(old, StringComparison.Ordinal);
        if (index < 0 || text.IndexOf(old, index + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"'{old}' is not in {relative} exactly once.");
        }

        File.WriteAllText(PathOf(relative), text[..index] + replacement + text[(index + old.Length)..]);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
