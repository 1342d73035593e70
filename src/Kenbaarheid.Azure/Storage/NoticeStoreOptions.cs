namespace Kenbaarheid.Azure.Storage;

/// <summary>
/// Where the notice store lives, following the Functions convention for a connection named <c>NoticeStore</c>:
/// the setting <c>NoticeStore</c> itself holds a connection string (Azurite, or an account key in development), or
/// <c>NoticeStore__blobServiceUri</c> names the account for an identity-based connection, with
/// <c>NoticeStore__credential=managedidentity</c> and <c>NoticeStore__clientId</c> for a user-assigned identity.
/// </summary>
public sealed class NoticeStoreOptions
{
    public const string SectionName = "NoticeStore";

    /// <summary>A storage connection string; when set, it is used instead of <see cref="BlobServiceUri"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The account's blob endpoint, e.g. <c>https://account.blob.core.windows.net</c>.</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary><c>managedidentity</c> to use the app's managed identity only; empty for <c>DefaultAzureCredential</c> (developer sign-in too).</summary>
    public string? Credential { get; set; }

    /// <summary>The client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// Retries of one storage request before the event is handed back for redelivery. Default 3: Service Bus
    /// redelivers anyway, so long waits inside one invocation only hold the message lock.
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Time allowed for one storage request. Default 30 seconds.</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Every problem with these settings, as sentences naming the setting; empty when they can be used.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(ConnectionString) && BlobServiceUri is null)
        {
            problems.Add("Set NoticeStore to a storage connection string (e.g. Azurite's) or NoticeStore__blobServiceUri to the account's blob endpoint.");
        }

        if (BlobServiceUri is { IsAbsoluteUri: false })
        {
            problems.Add($"NoticeStore__blobServiceUri '{BlobServiceUri}' must be an absolute URL such as https://account.blob.core.windows.net.");
        }

        if (Credential is { Length: > 0 } credential && !string.Equals(credential, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"NoticeStore__credential '{credential}' is not supported; use 'managedidentity' or leave it empty for DefaultAzureCredential.");
        }

        if (MaxRetries is < 0 or > 10)
        {
            problems.Add($"NoticeStore__maxRetries {MaxRetries} must be between 0 and 10.");
        }

        if (NetworkTimeout <= TimeSpan.Zero)
        {
            problems.Add($"NoticeStore__networkTimeout {NetworkTimeout} must be positive.");
        }

        return problems;
    }
}
