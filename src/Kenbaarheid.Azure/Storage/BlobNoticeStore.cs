using System.Collections.Concurrent;
using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Azure.Storage;

/// <summary>
/// A notice store in Blob Storage, in the layout of <see cref="StoreLayout"/>: containers <c>notices</c> and
/// <c>rejections</c>, created on first use. Every blob is created with <c>If-None-Match: *</c>, so nothing is ever
/// overwritten; when a blob is already there its bytes are compared, and <see cref="NoticeStoreWriter"/> decides what
/// that means. Any fault of the service or the network becomes
/// <see cref="NoticeStoreUnavailableException"/>, so the event is delivered again instead of being rejected; a 403
/// is marked as a misconfiguration and names the data actions the request needed (the role to grant is in
/// infra/modules/role-assignments.bicep).
/// </summary>
public sealed class BlobNoticeStore : INoticeStore
{
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

    public async Task<ReadOnlyMemory<byte>?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var location = BlobLocation.Of(path);
        return await GuardAsync(location, "read", [ReadAction], async () =>
        {
            try
            {
                var content = await Blob(location).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
                return (ReadOnlyMemory<byte>?)content.Value.Content.ToMemory();
            }
            catch (RequestFailedException exception) when (exception.Status == 404)
            {
                // No container or no blob: either way nothing is there.
                return null;
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One Put Blob with <c>If-None-Match: *</c>; only when the blob is there already (409/412) one download to
    /// compare. Labels become metadata (those with a value: an empty one is not sent as a header at all) and, when
    /// indexed, index tags.
    /// </summary>
    public async Task<CreateOutcome> CreateAsync(StoredDocument document, StoreLabels labels, CancellationToken cancellationToken)
    {
        var location = BlobLocation.Of(document.Path);
        var blob = Blob(location);
        var metadata = labels.Values
            .Where(label => label.Value.Length > 0)
            .ToDictionary(label => BlobLabels.MetadataKey(label.Key), label => BlobLabels.MetadataValue(label.Value), StringComparer.Ordinal);
        metadata["processedat"] = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = document.ContentType },
            Metadata = metadata,
            Tags = labels.Indexed ? BlobLabels.Tags(labels.Values) : null,
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };

        // Put Blob with x-ms-tags is authorised as Set Blob Tags as well; a container is created on first use.
        string[] needed = labels.Indexed ? [WriteAction, TagsWriteAction, ReadAction, ContainerWriteAction] : [WriteAction, ReadAction, ContainerWriteAction];
        return await GuardAsync(location, "write", needed, async () =>
        {
            try
            {
                await UploadAsync(blob, location, document.Content, options, cancellationToken).ConfigureAwait(false);
                return CreateOutcome.Created;
            }
            catch (RequestFailedException exception) when (exception.Status is 409 or 412)
            {
                var existing = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
                return existing.Value.Content.ToMemory().Span.SequenceEqual(document.Content.Span) ? CreateOutcome.Identical : CreateOutcome.Different;
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
