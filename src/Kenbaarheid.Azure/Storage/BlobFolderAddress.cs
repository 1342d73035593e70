namespace Kenbaarheid.Azure.Storage;

/// <summary>
/// A setting of the form <c>blob:{container}[/{prefix}]</c>: a "folder" in the notice store's account, the way the
/// handler's settings name one where they could also name a local folder.
/// </summary>
public sealed record BlobFolderAddress(string Container, string Prefix)
{
    public const string Scheme = "blob:";

    /// <summary>True when <paramref name="setting"/> starts with <c>blob:</c>, whether or not it is well formed.</summary>
    public static bool IsBlob(string? setting) => setting is not null && setting.StartsWith(Scheme, StringComparison.Ordinal);

    /// <summary>The address, or null when the setting names no container (<c>blob:</c>, <c>blob:/x</c>) or is not a blob address at all.</summary>
    public static BlobFolderAddress? Parse(string? setting)
    {
        if (!IsBlob(setting))
        {
            return null;
        }

        var location = setting![Scheme.Length..];
        var slash = location.IndexOf('/', StringComparison.Ordinal);
        var container = slash < 0 ? location : location[..slash];
        var prefix = slash < 0 ? string.Empty : location[(slash + 1)..].Trim('/');
        return container.Length == 0 ? null : new BlobFolderAddress(container, prefix);
    }

    public override string ToString() => Prefix.Length == 0 ? $"{Scheme}{Container}" : $"{Scheme}{Container}/{Prefix}";
}
