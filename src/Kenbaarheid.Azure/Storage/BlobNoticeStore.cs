using System.Collections.Concurrent;
using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Azure.Storage;

/// <summary>
/// A notice store in Blob Storage, in the layout of OUTPUT.md: containers <c>notices</c> and <c>rejections</c>,
/// created on first use. Every blob is created with <c>If-None-Match: *</c>, so nothing is ever overwritten; when a
/// blob is already there its bytes decide: the same bytes mean an earlier delivery wrote it (done), other bytes mean
/// another notice holds the place (conflict). Any fault of the service or the network becomes
/// <see cref="NoticeStoreUnavailableException"/>, so the event is delivered again instead of being rejected; a 403
/// is marked as a misconfiguration and names the data actions the request needed (the role to grant is in
/// infra/modules/role-assignments.bicep).
/// </summary>
public sealed class BlobNoticeStore : INoticeStore
{
    private const string ManifestName = "manifest.json";

    // The Azure RBAC data actions each request needs; a 403 names them so an operator knows what to grant.
    private const string ReadAction = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read";
    private const string WriteAction = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write";
    private const string TagsWriteAction = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/tags/write";
    private const string ContainerWriteAction = "Microsoft.Storage/storageAccounts/blobServices/containers/write";

    private readonly BlobServiceClient _service;
    private readonly TimeProvider _time;

    // One creation attempt per container and store; a container deleted later is created again on the next 404.
    private readonly ConcurrentDictionary<string, Task> _containers = new(StringComparer.Ordinal);

    public BlobNoticeStore(BlobServiceClient service, TimeProvider time)
    {
        _service = service;
        _time = time;
    }

    /// <summary>The account the store writes to, for messages and links.</summary>
    public Uri ServiceUri => _service.Uri;

    public async Task<ReadOnlyMemory<byte>?> ReadManifestAsync(string folder, CancellationToken cancellationToken)
    {
        var location = BlobLocation.Of($"{folder}/{ManifestName}");
        return await GuardAsync(location, "read", [ReadAction], async () =>
        {
            try
            {
                var content = await Blob(location).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
                return (ReadOnlyMemory<byte>?)content.Value.Content.ToMemory();
            }
            catch (RequestFailedException exception) when (exception.Status == 404)
            {
                // No container or no manifest: either way there is no finished notice here.
                return null;
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<NoticeWriteResult> WriteNoticeAsync(NoticeSet notice, CancellationToken cancellationToken)
    {
        var tags = BlobLabels.Tags(notice.Tags);
        // An empty metadata value is not sent as a header at all, so only tags with a value become metadata.
        var metadata = notice.Tags
            .Where(tag => tag.Value.Length > 0)
            .ToDictionary(tag => BlobLabels.MetadataKey(tag.Key), tag => BlobLabels.MetadataValue(tag.Value), StringComparer.Ordinal);
        metadata["processedat"] = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

        // The manifest goes last: a set without one is unfinished, and a retry completes it.
        foreach (var document in notice.Documents.Append(notice.Manifest))
        {
            if (await CreateAsync(document, metadata, tags, cancellationToken).ConfigureAwait(false) == CreateResult.Different)
            {
                return NoticeWriteResult.Conflict;
            }
        }

        return NoticeWriteResult.Written;
    }

    public async Task<string> WriteRejectionAsync(RejectionSet rejection, CancellationToken cancellationToken)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["eventsha256"] = rejection.EventSha256,
            ["processedat"] = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        };
        var baseName = rejection.BaseName;
        var eventDocument = new StoredDocument($"{rejection.Folder}/{baseName}.event.json", "application/json", rejection.EventBytes);
        if (await CreateAsync(eventDocument, metadata, tags: null, cancellationToken).ConfigureAwait(false) == CreateResult.Different)
        {
            // Another event was rejected under the same id; keep both, apart, rather than replace the first.
            baseName = $"{baseName}-{rejection.EventSha256[..12]}";
            await CreateAsync(eventDocument with { Path = $"{rejection.Folder}/{baseName}.event.json" }, metadata, tags: null, cancellationToken).ConfigureAwait(false);
        }

        // A record already there for these very event bytes was written on an earlier delivery: it stays as it is,
        // although its receivedAt differs from the one of this delivery.
        var recordPath = $"{rejection.Folder}/{baseName}.json";
        await CreateAsync(new StoredDocument(recordPath, "application/json", rejection.Record), metadata, tags: null, cancellationToken, keepExisting: true).ConfigureAwait(false);
        return recordPath;
    }

    private enum CreateResult
    {
        Created,
        Identical,
        Different,
    }

    private async Task<CreateResult> CreateAsync(
        StoredDocument document, IDictionary<string, string> metadata, IDictionary<string, string>? tags, CancellationToken cancellationToken, bool keepExisting = false)
    {
        var location = BlobLocation.Of(document.Path);
        var blob = Blob(location);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = document.ContentType },
            Metadata = metadata,
            Tags = tags,
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };

        // Put Blob with x-ms-tags is authorised as Set Blob Tags as well; a container is created on first use.
        string[] needed = tags is null ? [WriteAction, ReadAction, ContainerWriteAction] : [WriteAction, TagsWriteAction, ReadAction, ContainerWriteAction];
        return await GuardAsync(location, "write", needed, async () =>
        {
            try
            {
                await UploadAsync(blob, location, document.Content, options, cancellationToken).ConfigureAwait(false);
                return CreateResult.Created;
            }
            catch (RequestFailedException exception) when (exception.Status is 409 or 412)
            {
                if (keepExisting)
                {
                    return CreateResult.Identical;
                }

                var existing = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
                return existing.Value.Content.ToMemory().Span.SequenceEqual(document.Content.Span) ? CreateResult.Identical : CreateResult.Different;
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task UploadAsync(BlobClient blob, BlobLocation location, ReadOnlyMemory<byte> content, BlobUploadOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(content), options, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            await EnsureContainerAsync(location.Container, cancellationToken).ConfigureAwait(false);
            await blob.UploadAsync(BinaryData.FromBytes(content), options, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task EnsureContainerAsync(string container, CancellationToken cancellationToken)
    {
        var creation = _containers.GetOrAdd(container, name => _service.GetBlobContainerClient(name).CreateIfNotExistsAsync(cancellationToken: CancellationToken.None));
        try
        {
            await creation.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Forget the attempt either way: a failure is tried again, and a later deletion is noticed by the next 404.
            if (creation.IsCompleted)
            {
                _containers.TryRemove(new KeyValuePair<string, Task>(container, creation));
            }
        }
    }

    private BlobClient Blob(BlobLocation location) => _service.GetBlobContainerClient(location.Container).GetBlobClient(location.Name);

    /// <summary>
    /// Maps every fault of the service, the network or the SDK's retries to <see cref="NoticeStoreUnavailableException"/>.
    /// The message names the blob and the status, never content; for a 403, the data actions the request needed.
    /// </summary>
    private static async Task<T> GuardAsync<T>(
        BlobLocation location, string action, IReadOnlyList<string> dataActions, Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.Status == 403)
        {
            throw new NoticeStoreUnavailableException(
                $"The notice store refused to {action} blob '{location}': status 403 ({exception.ErrorCode}). This is a configuration fault, not an outage: " +
                $"the identity lacks one of the data actions this request needs on the container: {string.Join(", ", dataActions)}.",
                exception,
                isMisconfiguration: true);
        }
        catch (RequestFailedException exception)
        {
            throw new NoticeStoreUnavailableException(
                $"Cannot {action} blob '{location}': status {exception.Status}{(exception.ErrorCode is { } code ? $" ({code})" : string.Empty)}.", exception);
        }
        catch (AggregateException exception)
        {
            // The SDK's retry policy gives up with an AggregateException of the attempts' transport failures.
            throw new NoticeStoreUnavailableException($"Cannot {action} blob '{location}': {exception.InnerExceptions.Count} attempts failed ({exception.InnerExceptions[^1].Message}).", exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            throw new NoticeStoreUnavailableException($"Cannot {action} blob '{location}': {exception.Message}", exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The SDK's network timeout, not the caller's cancellation.
            throw new NoticeStoreUnavailableException($"Cannot {action} blob '{location}': the request timed out.", exception);
        }
    }
}
