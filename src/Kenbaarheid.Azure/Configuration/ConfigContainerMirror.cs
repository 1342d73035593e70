using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Azure.Configuration;

/// <summary>
/// Copies agency profiles and register records from a blob container (below an optional prefix) into a local
/// folder, keeping their relative paths, so the pipeline loads them with the same loaders and the same checks as
/// from a folder. Runs once at start: a change in the container takes effect when the app restarts.
/// </summary>
public static class ConfigContainerMirror
{
    /// <summary>The folders the pipeline reads; other blobs in the container are left alone.</summary>
    public static readonly IReadOnlyList<string> Folders = ["agencies/", "registry/"];

    public static async Task<int> MirrorAsync(BlobContainerClient container, string prefix, string targetFolder, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(targetFolder);
        var normalizedPrefix = prefix.Length == 0 || prefix.EndsWith('/') ? prefix : prefix + "/";
        var count = 0;
        try
        {
            foreach (var folder in Folders)
            {
                await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, normalizedPrefix + folder, cancellationToken).ConfigureAwait(false))
                {
                    var relative = item.Name[normalizedPrefix.Length..];
                    var path = Path.GetFullPath(Path.Combine(root, relative));
                    if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    {
                        throw new InvalidDataException($"The configuration blob '{item.Name}' in container '{container.Name}' leads outside the configuration folder.");
                    }

                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    await container.GetBlobClient(item.Name).DownloadToAsync(path, cancellationToken).ConfigureAwait(false);
                    count++;
                }
            }
        }
        catch (RequestFailedException exception)
        {
            throw new NoticeStoreUnavailableException($"Cannot read the configuration container '{container.Uri}': status {exception.Status} ({exception.ErrorCode}).", exception);
        }

        foreach (var folder in Folders)
        {
            // An empty folder still loads (no agencies, no records) and then fails loudly at the pipeline's checks.
            Directory.CreateDirectory(Path.Combine(root, folder));
        }

        return count;
    }
}
