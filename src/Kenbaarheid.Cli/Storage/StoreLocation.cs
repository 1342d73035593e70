using Kenbaarheid.Azure.Storage;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Cli.Storage;

/// <summary>
/// What <c>--store</c> names: a folder (the output of <c>process</c>), a storage connection string (e.g. Azurite's),
/// or an account URL such as <c>https://account.blob.core.windows.net</c>, signed in with DefaultAzureCredential.
/// </summary>
internal static class StoreLocation
{
    public const string Description =
        "The notice store: a folder (the output of process), a storage connection string (e.g. Azurite's), or an account URL such as https://account.blob.core.windows.net (signed in with DefaultAzureCredential).";

    /// <summary>A reader for the store, or null with the problem to report as wrong usage.</summary>
    public static INoticeStoreReader? Open(string value, out string? problem)
    {
        problem = null;
        if (Directory.Exists(value))
        {
            return new FileSystemNoticeStoreReader(value);
        }

        var isUrl = !value.Contains(';', StringComparison.Ordinal) && Uri.TryCreate(value, UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
        var isConnectionString = value.Contains('=', StringComparison.Ordinal);
        if (!isUrl && !isConnectionString)
        {
            problem = $"--store '{value}' is neither a folder nor a storage connection string or account URL.";
            return null;
        }

        try
        {
            var options = isUrl ? new NoticeStoreOptions { BlobServiceUri = new Uri(value) } : new NoticeStoreOptions { ConnectionString = value };
            return new BlobNoticeStoreReader(NoticeStoreClientFactory.Create(options));
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException)
        {
            // The message of a connection string parser may quote the string, key included: name the problem only.
            problem = $"--store is not a usable storage connection string or account URL ({exception.GetType().Name}).";
            return null;
        }
    }
}
