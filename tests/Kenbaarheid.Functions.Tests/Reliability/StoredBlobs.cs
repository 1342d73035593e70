using System.Collections.Concurrent;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Kenbaarheid.Functions.Tests.Reliability;

/// <summary>
/// Everything an account holds, in every container, not only the two the store knows: a write outside the layout
/// must show up here.
/// </summary>
internal static class StoredBlobs
{
    /// <summary>Every blob as "{container}/{name}" with its ETag.</summary>
    public static async Task<SortedDictionary<string, ETag>> ListAsync(BlobServiceClient service)
    {
        var blobs = new SortedDictionary<string, ETag>(StringComparer.Ordinal);
        await foreach (var container in service.GetBlobContainersAsync(BlobContainerTraits.None, BlobContainerStates.None, null, CancellationToken.None))
        {
            await foreach (var item in service.GetBlobContainerClient(container.Name).GetBlobsAsync(BlobTraits.None, BlobStates.All, null, CancellationToken.None))
            {
                blobs[$"{container.Name}/{item.Name}"] = item.Properties.ETag!.Value;
            }
        }

        return blobs;
    }

    /// <summary>The bytes of every blob, downloaded a few at a time.</summary>
    public static async Task<SortedDictionary<string, byte[]>> ContentsAsync(BlobServiceClient service)
    {
        var paths = (await ListAsync(service)).Keys.ToList();
        var contents = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(paths, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (path, cancellationToken) =>
        {
            var slash = path.IndexOf('/', StringComparison.Ordinal);
            var blob = service.GetBlobContainerClient(path[..slash]).GetBlobClient(path[(slash + 1)..]);
            contents[path] = (await blob.DownloadContentAsync(cancellationToken)).Value.Content.ToArray();
        });
        return new SortedDictionary<string, byte[]>(contents, StringComparer.Ordinal);
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The notice folders that hold documents but no manifest now; none while the container does not exist yet.</summary>
    public static async Task<IReadOnlyList<string>> HalfWrittenFoldersAsync(BlobServiceClient service)
    {
        var names = new List<string>();
        try
        {
            await foreach (var item in service.GetBlobContainerClient("notices").GetBlobsAsync(BlobTraits.None, BlobStates.None, null, CancellationToken.None))
            {
                names.Add($"notices/{item.Name}");
            }
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return [];
        }

        return FoldersWithoutManifest(names);
    }

    /// <summary>The notice folders ("notices/{agency}/{decision}/r{n}") that hold documents but no manifest.</summary>
    public static IReadOnlyList<string> FoldersWithoutManifest(IEnumerable<string> paths)
    {
        var folders = paths
            .Where(path => path.StartsWith("notices/", StringComparison.Ordinal))
            .GroupBy(path => path[..path.LastIndexOf('/')], StringComparer.Ordinal);
        return folders.Where(folder => !folder.Any(path => path.EndsWith("/manifest.json", StringComparison.Ordinal))).Select(folder => folder.Key).ToList();
    }
}
