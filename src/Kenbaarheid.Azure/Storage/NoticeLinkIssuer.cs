using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Azure.Storage;

/// <summary>
/// Reads an issued notice's manifest and signs one read-only link per document, valid for minutes. A client built
/// with a token credential (managed identity in Azure) signs with a user delegation key, so no account key exists
/// anywhere; a client built from a connection string (Azurite, which hands out user delegation keys only over
/// HTTPS with OAuth) signs with the account key.
/// </summary>
public sealed class NoticeLinkIssuer
{
    // A link is valid from a little before now, so a reader whose clock runs behind can use it at once.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    private readonly BlobServiceClient _service;
    private readonly BlobNoticeStore _store;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _time;

    public NoticeLinkIssuer(BlobServiceClient service, BlobNoticeStore store, TimeSpan lifetime, TimeProvider time)
    {
        if (lifetime <= TimeSpan.Zero || lifetime > TimeSpan.FromDays(7))
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, "A read link lives longer than zero and at most 7 days, the longest a user delegation key lasts.");
        }

        _service = service;
        _store = store;
        _lifetime = lifetime;
        _time = time;
    }

    /// <summary>The manifest and links of the notice, or null when there is no finished notice for it.</summary>
    public async Task<NoticeReadLinks?> IssueAsync(NoticeAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (await _store.ReadAsync(address.ManifestPath, cancellationToken).ConfigureAwait(false) is not { } bytes)
        {
            return null;
        }

        var manifest = NoticeManifest.FromJson(bytes.Span);
        var now = _time.GetUtcNow();
        var expiresAt = now + _lifetime;
        var sign = await SignerAsync(now, expiresAt, cancellationToken).ConfigureAwait(false);
        var links = manifest.Files
            .Select(file => new NoticeReadLink(file.Name, file.ContentType, file.Bytes, file.Sha256, sign(BlobLocation.Of(address.PathOf(file.Name)))))
            .ToList();
        // The manifest goes out as stored, every field of it, not as this version's record would write it.
        using var document = JsonDocument.Parse(bytes);
        return new NoticeReadLinks(document.RootElement.Clone(), links, expiresAt);
    }

    private async Task<Func<BlobLocation, Uri>> SignerAsync(DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        BlobSasBuilder Sas(BlobLocation location)
        {
            var sas = new BlobSasBuilder
            {
                BlobContainerName = location.Container,
                BlobName = location.Name,
                Resource = "b",
                StartsOn = now - ClockSkew,
                ExpiresOn = expiresAt,
                Protocol = _service.Uri.Scheme == Uri.UriSchemeHttps ? SasProtocol.Https : SasProtocol.HttpsAndHttp,
            };
            sas.SetPermissions(BlobSasPermissions.Read);
            return sas;
        }

        if (_service.CanGenerateAccountSasUri)
        {
            return location => _service.GetBlobContainerClient(location.Container).GetBlobClient(location.Name).GenerateSasUri(Sas(location));
        }

        UserDelegationKey key;
        try
        {
            key = (await _service.GetUserDelegationKeyAsync(now - ClockSkew, expiresAt, cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException exception) when (exception.Status == 403)
        {
            throw new NoticeStoreUnavailableException(
                $"The notice store refused a user delegation key: status 403 ({exception.ErrorCode}). This is a configuration fault, not an outage: the identity " +
                "needs Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action on the account.",
                exception,
                isMisconfiguration: true);
        }
        catch (RequestFailedException exception)
        {
            throw new NoticeStoreUnavailableException($"Cannot get a user delegation key from '{_service.Uri}': status {exception.Status} ({exception.ErrorCode}).", exception);
        }

        return location => new BlobUriBuilder(_service.GetBlobContainerClient(location.Container).GetBlobClient(location.Name).Uri)
        {
            Sas = Sas(location).ToSasQueryParameters(key, _service.AccountName),
        }.ToUri();
    }
}
