namespace Kenbaarheid.Azure.Storage;

/// <summary>
/// A store path of the pipeline (<c>notices/…</c> or <c>rejections/…</c>) as a blob: its first segment names the
/// container, the rest is the blob name, so the same layout reads the same in a folder and in Blob Storage.
/// </summary>
internal sealed record BlobLocation(string Container, string Name)
{
    public static BlobLocation Of(string storePath)
    {
        var slash = storePath.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == storePath.Length - 1)
        {
            throw new InvalidOperationException($"The store path '{storePath}' has no container segment: paths start with 'notices/' or 'rejections/'.");
        }

        var name = storePath[(slash + 1)..];
        // The pipeline builds names from validated ids; a dot segment would address another blob in a folder store.
        if (name.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            throw new InvalidOperationException($"The store path '{storePath}' has an empty or dot segment.");
        }

        return new BlobLocation(storePath[..slash], name);
    }

    public override string ToString() => $"{Container}/{Name}";
}
