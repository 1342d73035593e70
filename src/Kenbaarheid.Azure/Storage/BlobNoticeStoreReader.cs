using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Azure.Storage;

/// <summary>
/// Reads the notice store in Blob Storage (containers <c>notices</c> and <c>rejections</c>, as
/// <see cref="BlobNoticeStore"/> writes them) with one flat listing per container: a "folder" is the blobs that share
/// its name prefix, and it is finished when <c>manifest.json</c> is among them. A container that does not exist yet
/// is an empty store. Faults of the service or the network surface as <see cref="NoticeStoreUnavailableException"/>.
/// </summary>
public sealed class BlobNoticeStoreReader : INoticeStoreReader
{
    private readonly BlobServiceClient _service;

    public BlobNoticeStoreReader(BlobServiceClient service)
    {
        ArgumentNullException.ThrowIfNull(service);
        _service = service;
    }

    public string Location => _service.Uri.AbsoluteUri.TrimEnd('/');

    public async IAsyncEnumerable<StoredNoticeFolder> ListNoticeFoldersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Blob listings come in name order, so one folder's blobs arrive together; still, gather them to be sure.
        var folders = new SortedDictionary<string, (string Agency, string Decision, string Revision, bool HasManifest)>(StringComparer.Ordinal);
        foreach (var name in await NamesAsync(StoreLayout.NoticesFolder, cancellationToken).ConfigureAwait(false))
        {
            var segments = name.Split('/');
            if (segments.Length != 4)
            {
                continue;
            }

            var key = string.Join('/', segments[..3]);
            var hasManifest = segments[3] == StoreLayout.ManifestName;
            folders[key] = folders.TryGetValue(key, out var known)
                ? known with { HasManifest = known.HasManifest || hasManifest }
                : (segments[0], segments[1], segments[2], hasManifest);
        }

        foreach (var folder in folders.Values)
        {
            if (StoreLayout.ParseNoticeFolder(folder.Agency, folder.Decision, folder.Revision) is { } address)
            {
                yield return new StoredNoticeFolder(address, folder.HasManifest);
            }
        }
    }

    public async IAsyncEnumerable<StoredRejection> ListRejectionsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var names = (await NamesAsync(StoreLayout.RejectionsFolder, cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            var segments = name.Split('/');
            if (segments.Length != 2 || !StoreLayout.IsRejectionRecordName(segments[1]))
            {
                continue;
            }

            var (agency, recordName) = (segments[0], segments[1]);
            var eventName = StoreLayout.RejectedEventNameOf(recordName);
            // Listed names are relative to the rejections container: {agency}/{file}.
            var eventListed = names.Contains($"{agency}/{eventName}");
            yield return new StoredRejection(
                StoreLayout.RejectionFilePath(agency, recordName), agency, eventListed ? StoreLayout.RejectionFilePath(agency, eventName) : null);
        }
    }

    public async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var location = BlobLocation.Of(path);
        return await GuardAsync($"read blob '{location}'", async () =>
        {
            try
            {
                var content = await _service.GetBlobContainerClient(location.Container).GetBlobClient(location.Name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
                return content.Value.Content.ToArray();
            }
            catch (RequestFailedException exception) when (exception.Status == 404)
            {
                return null;
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<string>> NamesAsync(string container, CancellationToken cancellationToken) =>
        await GuardAsync($"list container '{container}'", async () =>
        {
            var names = new List<string>();
            try
            {
                await foreach (var item in _service.GetBlobContainerClient(container).GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix: null, cancellationToken).ConfigureAwait(false))
                {
                    names.Add(item.Name);
                }
            }
            catch (RequestFailedException exception) when (exception.ErrorCode == BlobErrorCode.ContainerNotFound)
            {
                // Nothing was ever written there.
            }

            return names;
        }, cancellationToken).ConfigureAwait(false);

    private async Task<T> GuardAsync<T>(string action, Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (RequestFailedException exception)
        {
            throw new NoticeStoreUnavailableException(
                $"Cannot {action} in '{Location}': status {exception.Status}{(exception.ErrorCode is { } code ? $" ({code})" : string.Empty)}.", exception);
        }
        catch (AggregateException exception)
        {
            throw new NoticeStoreUnavailableException($"Cannot {action} in '{Location}': {exception.InnerExceptions.Count} attempts failed ({exception.InnerExceptions[^1].Message}).", exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            throw new NoticeStoreUnavailableException($"Cannot {action} in '{Location}': {exception.Message}", exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new NoticeStoreUnavailableException($"Cannot {action} in '{Location}': the request timed out.", exception);
        }
    }
}
