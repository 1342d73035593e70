namespace Kenbaarheid.Functions.Startup;

/// <summary>
/// The handler's own settings, in the section <c>Kenbaarheid</c> (app settings <c>Kenbaarheid__…</c>).
/// </summary>
public sealed class HandlerOptions
{
    public const string SectionName = "Kenbaarheid";

    /// <summary>The prefix of <see cref="ConfigPath"/> that names a blob container instead of a folder.</summary>
    public const string BlobPrefix = "blob:";

    /// <summary>
    /// Where agency profiles (<c>agencies/</c>) and register records (<c>registry/</c>) are: a folder, or
    /// <c>blob:{container}[/{prefix}]</c> in the notice store's account, read once at start.
    /// Default: the sample configuration shipped beside the handler (<c>config/</c>).
    /// </summary>
    public string ConfigPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "config");

    /// <summary>The template folder. Default: the approved templates shipped beside the handler.</summary>
    public string TemplatesPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>How long a GetNotice read link works. Default 10 minutes: long enough to fetch, short enough not to be passed around.</summary>
    public TimeSpan ReadLinkLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Where the <c>SyncRegistry</c> timer writes register snapshots and where <c>ProcessDecision</c> follows them
    /// (<c>current.json</c>, re-read every <c>Kenbaarheid__RegistrySnapshots__RefreshInterval</c>): a folder, or
    /// <c>blob:{container}[/{prefix}]</c> in the notice store's account. Default (unset): no sync; the register records
    /// under <see cref="ConfigPath"/>'s <c>registry/</c> are read once at start. Until a first sync completes (or
    /// while the snapshot cannot be read) those records are served instead.
    /// </summary>
    public string? RegistrySnapshots { get; set; }

    public bool RegistrySnapshotsConfigured => !string.IsNullOrWhiteSpace(RegistrySnapshots);

    public bool ConfigIsBlobContainer => ConfigPath.StartsWith(BlobPrefix, StringComparison.Ordinal);

    /// <summary>Every problem with these settings, as sentences naming the setting; empty when they can be used.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (ConfigIsBlobContainer)
        {
            if (ConfigPath.Length == BlobPrefix.Length || ConfigPath[BlobPrefix.Length] == '/')
            {
                problems.Add($"Kenbaarheid__ConfigPath '{ConfigPath}' names no container: write blob:{{container}} or blob:{{container}}/{{prefix}}.");
            }
        }
        else if (!Directory.Exists(ConfigPath))
        {
            problems.Add($"Kenbaarheid__ConfigPath '{ConfigPath}' is neither a folder nor blob:{{container}}.");
        }

        if (RegistrySnapshotsConfigured && Azure.Storage.BlobFolderAddress.IsBlob(RegistrySnapshots) && Azure.Storage.BlobFolderAddress.Parse(RegistrySnapshots) is null)
        {
            problems.Add($"Kenbaarheid__RegistrySnapshots '{RegistrySnapshots}' names no container: write blob:{{container}}/{{prefix}} or a folder.");
        }

        if (!Directory.Exists(TemplatesPath))
        {
            problems.Add($"Kenbaarheid__TemplatesPath '{TemplatesPath}' is not a folder.");
        }

        if (ReadLinkLifetime <= TimeSpan.Zero || ReadLinkLifetime > TimeSpan.FromDays(7))
        {
            problems.Add($"Kenbaarheid__ReadLinkLifetime {ReadLinkLifetime} must be more than zero and at most 7 days.");
        }

        return problems;
    }
}
