using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace Kenbaarheid.Azure.Storage;

/// <summary>
/// Builds the one <see cref="BlobServiceClient"/> of a process from <see cref="NoticeStoreOptions"/>: from a
/// connection string (shared key, so links are account-key SAS) or from the account URL with a token credential
/// (so links are user-delegation SAS).
/// </summary>
public static class NoticeStoreClientFactory
{
    public static BlobServiceClient Create(NoticeStoreOptions options)
    {
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The notice store settings cannot be used: " + string.Join(" ", problems));
        }

        var clientOptions = new BlobClientOptions
        {
            Retry =
            {
                MaxRetries = options.MaxRetries,
                Mode = RetryMode.Exponential,
                Delay = TimeSpan.FromMilliseconds(400),
                MaxDelay = TimeSpan.FromSeconds(5),
                NetworkTimeout = options.NetworkTimeout,
            },
        };

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new BlobServiceClient(options.ConnectionString, clientOptions);
        }

        return new BlobServiceClient(options.BlobServiceUri!, CredentialFor(options), clientOptions);
    }

    /// <summary>The token credential the settings ask for: the managed identity only, or the default chain.</summary>
    public static TokenCredential CredentialFor(NoticeStoreOptions options)
    {
        var clientId = string.IsNullOrWhiteSpace(options.ClientId) ? null : options.ClientId;
        if (string.Equals(options.Credential, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(clientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }
}
