using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Kenbaarheid.Registry;

namespace Kenbaarheid.Azure.Registry;

/// <summary>
/// Register snapshots in a blob container, below an optional prefix, in the layout of
/// <see cref="RegistrySnapshotLayout"/>. A blob upload is atomic (readers see the old blob or the new one, never part
/// of one), which is what the folder store gets from its rename. Beyond that:
/// <list type="bullet">
/// <item>files under <c>snapshots/</c> are created with <c>If-None-Match: *</c>: a snapshot never changes once
/// written. Finding the same bytes already there counts as done (a retried sync); other bytes are refused.</item>
/// <item><c>current.json</c> is replaced with <c>If-Match</c> on the ETag just read (or <c>If-None-Match: *</c> when
/// there is none), and never moves back to a snapshot taken earlier than the one it names: two syncs that overlap
/// (the timer and an operator's CLI run) cannot leave readers on the older one. The loser gets an
/// <see cref="IOException"/>, so its sync is reported as not made current.</item>
/// <item><c>last-sync.json</c> is simply replaced: it says how the latest attempt ended.</item>
/// </list>
/// Every fault of the service or the network surfaces as <see cref="IOException"/>, as the interface promises.
/// </summary>
public sealed class BlobRegistrySnapshotStore : IRegistrySnapshotStore
{
    private const int PointerAttempts = 5;

    private readonly BlobContainerClient _container;
    private readonly string _prefix;

    public BlobRegistrySnapshotStore(BlobContainerClient container, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(prefix);
        _container = container;
        _prefix = prefix.Trim('/').Length == 0 ? string.Empty : prefix.Trim('/') + "/";
    }

    public string Location => _prefix.Length == 0 ? _container.Uri.AbsoluteUri : $"{_container.Uri.AbsoluteUri}/{_prefix.TrimEnd('/')}";

    public async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var name = Name(path);
        return await GuardAsync(name, "read", async () =>
        {
            try
            {
                return (await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content.ToArray();
            }
            catch (RequestFailedException exception) when (exception.Status == 404)
            {
                return null;
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        if (path == RegistrySnapshotLayout.CurrentPointer)
        {
            return MovePointerAsync(content, cancellationToken);
        }

        return path.StartsWith(RegistrySnapshotLayout.SnapshotsFolder + "/", StringComparison.Ordinal)
            ? CreateAsync(path, content, cancellationToken)
            : ReplaceAsync(path, content, cancellationToken);
    }

    public async Task DeleteFolderAsync(string folder, CancellationToken cancellationToken)
    {
        var prefix = Name(folder).TrimEnd('/') + "/";
        await GuardAsync(prefix, "delete", async () =>
        {
            try
            {
                await foreach (var item in _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken).ConfigureAwait(false))
                {
                    await _container.DeleteBlobIfExistsAsync(item.Name, DeleteSnapshotsOption.IncludeSnapshots, conditions: null, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (RequestFailedException exception) when (exception.ErrorCode == BlobErrorCode.ContainerNotFound)
            {
                // Nothing was written, so there is nothing to clear away.
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task CreateAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var name = Name(path);
        await GuardAsync(name, "write", async () =>
        {
            try
            {
                await UploadAsync(name, content, new BlobRequestConditions { IfNoneMatch = ETag.All }, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException exception) when (exception.Status is 409 or 412)
            {
                var existing = (await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content;
                if (!existing.ToMemory().Span.SequenceEqual(content.Span))
                {
                    throw new IOException($"The snapshot file '{Location}/{path}' already exists with other content; a snapshot is never changed once written.");
                }
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task ReplaceAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var name = Name(path);
        await GuardAsync(name, "write", async () =>
        {
            await UploadAsync(name, content, conditions: null, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task MovePointerAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var name = Name(RegistrySnapshotLayout.CurrentPointer);
        var next = JsonSerializer.Deserialize<RegistrySnapshotPointer>(content.Span, RegistrySnapshotLayout.MetadataOptions)
            ?? throw new InvalidOperationException("The new register snapshot pointer is empty.");
        await GuardAsync(name, "write", async () =>
        {
            for (var attempt = 1; ; attempt++)
            {
                BlobRequestConditions conditions;
                try
                {
                    var existing = await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
                    var current = ExistingPointer(existing.Value.Content.ToArray());
                    if (current is not null && current.TakenAt > next.TakenAt)
                    {
                        throw new IOException(
                            $"'{Location}/{RegistrySnapshotLayout.CurrentPointer}' already names snapshot {current.SnapshotId}, taken after {next.SnapshotId}; it stays current.");
                    }

                    conditions = new BlobRequestConditions { IfMatch = existing.Value.Details.ETag };
                }
                catch (RequestFailedException exception) when (exception.Status == 404)
                {
                    conditions = new BlobRequestConditions { IfNoneMatch = ETag.All };
                }

                try
                {
                    await UploadAsync(name, content, conditions, cancellationToken).ConfigureAwait(false);
                    return true;
                }
                catch (RequestFailedException exception) when (exception.Status is 409 or 412 && attempt < PointerAttempts)
                {
                    // Another sync moved the pointer between our read and our write: read it again and decide again.
                }
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task UploadAsync(string name, ReadOnlyMemory<byte> content, BlobRequestConditions? conditions, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
            Conditions = conditions,
        };
        var blob = _container.GetBlobClient(name);
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(content), options, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await blob.UploadAsync(BinaryData.FromBytes(content), options, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The pointer in <paramref name="bytes"/>, or null when it cannot be read: a broken pointer is replaced by a good one rather than kept, since readers cannot use it either.</summary>
    private static RegistrySnapshotPointer? ExistingPointer(byte[] bytes)
    {
        try
        {
            return JsonSerializer.Deserialize<RegistrySnapshotPointer>(bytes, RegistrySnapshotLayout.MetadataOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Paths come from the snapshot layout and checked ids; a dot or empty segment is a bug and is refused.</summary>
    private string Name(string path)
    {
        if (path.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            throw new InvalidOperationException($"The snapshot path '{path}' has an empty or dot segment.");
        }

        return _prefix + path;
    }

    /// <summary>Maps every fault of the service, the network or the SDK's retries to <see cref="IOException"/>, naming the blob and the status.</summary>
    private async Task<T> GuardAsync<T>(string name, string action, Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (RequestFailedException exception)
        {
            throw new IOException(
                $"Cannot {action} register snapshot blob '{_container.Name}/{name}': status {exception.Status}{(exception.ErrorCode is { } code ? $" ({code})" : string.Empty)}.", exception);
        }
        catch (AggregateException exception)
        {
            throw new IOException($"Cannot {action} register snapshot blob '{_container.Name}/{name}': {exception.InnerExceptions.Count} attempts failed ({exception.InnerExceptions[^1].Message}).", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new IOException($"Cannot {action} register snapshot blob '{_container.Name}/{name}': {exception.Message}", exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new IOException($"Cannot {action} register snapshot blob '{_container.Name}/{name}': the request timed out.", exception);
        }
    }
}
