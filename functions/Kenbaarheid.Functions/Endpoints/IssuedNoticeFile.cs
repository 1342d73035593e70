using Kenbaarheid.Storage;

namespace Kenbaarheid.Functions.Endpoints;

/// <summary>One document of an issued notice: its name, store path (<c>container/blob</c>), type, size and SHA-256.</summary>
public sealed record IssuedNoticeFile(string Name, string Path, string ContentType, long Bytes, string Sha256)
{
    public static IssuedNoticeFile From(ManifestFile file, string path) => new(file.Name, path, file.ContentType, file.Bytes, file.Sha256);
}
