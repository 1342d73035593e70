using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kenbaarheid.Rendering;

/// <summary>
/// <c>templates/manifest.json</c>: one <see cref="TemplateApproval"/> per template id. Written by
/// <c>kenbaarheid templates approve</c>, read by the loader; entries are kept in id order so a diff of the file
/// shows exactly the approval that changed.
/// </summary>
internal sealed record TemplateManifest(IReadOnlyList<TemplateApproval> Templates)
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public TemplateApproval? Find(string id) => Templates.FirstOrDefault(t => t.Id == id);

    /// <summary>This manifest with <paramref name="approval"/> in place of the entry with the same id.</summary>
    public TemplateManifest With(TemplateApproval approval) =>
        new(Templates.Where(t => t.Id != approval.Id).Append(approval).OrderBy(t => t.Id, StringComparer.Ordinal).ToList());

    public static async Task<TemplateManifest> ReadAsync(string folder, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new TemplateException($"The template folder '{folder}' has no {FileName}.");
        }

        await using var stream = File.OpenRead(path);
        TemplateManifest? manifest;
        try
        {
            manifest = await JsonSerializer.DeserializeAsync<TemplateManifest>(stream, Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            throw new TemplateException($"{path} cannot be read: {exception.Message}", exception);
        }

        if (manifest?.Templates is null)
        {
            throw new TemplateException($"{path} has no 'templates' list.");
        }

        var problems = manifest.Templates
            .Select((entry, index) => entry switch
            {
                { Id: null or "" } => $"templates[{index}] has no id",
                { Version: null or "" } => $"'{entry.Id}' has no version",
                { Status: TemplateStatus.Approved, Sha256: null or "" } => $"'{entry.Id}' is approved but has no sha256",
                { Status: TemplateStatus.Approved, ApprovedBy: null or "" } => $"'{entry.Id}' is approved but does not say by whom (approvedBy)",
                { Status: TemplateStatus.Approved, ApprovedAt: null } => $"'{entry.Id}' is approved but does not say when (approvedAt)",
                _ => null,
            })
            .OfType<string>()
            .Concat(manifest.Templates.GroupBy(t => t.Id).Where(g => g.Count() > 1).Select(g => $"'{g.Key}' is listed {g.Count()} times"))
            .ToList();
        if (problems.Count > 0)
        {
            throw new TemplateException($"{path}: {string.Join("; ", problems)}.");
        }

        return manifest;
    }

    public async Task WriteAsync(string folder, CancellationToken cancellationToken = default)
    {
        var json = JsonSerializer.Serialize(this, Options) + "\n";
        await File.WriteAllTextAsync(Path.Combine(folder, FileName), json, cancellationToken).ConfigureAwait(false);
    }
}
