using System.Text.Json;
using Kenbaarheid.Azure.Storage;
using Kenbaarheid.Browser.Tests;
using Kenbaarheid.Functions.Endpoints;
using Kenbaarheid.Pipeline;
using Kenbaarheid.Tests;
using Kenbaarheid.Tests.Pipeline;

namespace Kenbaarheid.Contracts.Tests;

/// <summary>
/// Runs <c>tests/contracts/check-contracts.mjs</c> once for all tests: it installs the npm tools from the lock file
/// when they are missing (<c>npm ci</c>), gives the script what the pipeline's own code makes of the samples (the
/// notices-issued message and GetNotice body for sample 01, PreviewNotice's problems for sample 90), and keeps the
/// script's JSON report.
/// </summary>
public sealed class ContractChecks : IAsyncLifetime
{
    public static readonly Uri ExampleAccount = new("https://stkenbaarheidprod.blob.core.windows.net");

    private static readonly string ToolsFolder = Path.Combine(RepositoryPaths.Root, "tests", "contracts");

    private readonly string _bodies = Directory.CreateTempSubdirectory("kenbaarheid-contracts-").FullName;

    public JsonElement Report { get; private set; }

    public async Task InitializeAsync()
    {
        await EnsureToolsAsync();
        await WriteRealBodiesAsync();
        var output = await ToolProcess.RunAsync("node", [Path.Combine(ToolsFolder, "check-contracts.mjs"), RepositoryPaths.Root, _bodies], ToolsFolder, TimeSpan.FromMinutes(5));
        Report = JsonDocument.Parse(output).RootElement.Clone();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_bodies, recursive: true);
        return Task.CompletedTask;
    }

    private static async Task EnsureToolsAsync()
    {
        string[] packages = ["@asyncapi/parser", "@redocly/cli", "ajv", "ajv-formats", "yaml"];
        if (packages.All(package => Directory.Exists(Path.Combine(ToolsFolder, "node_modules", package))))
        {
            return;
        }

        using var fileLock = await ToolProcess.LockAsync(Path.Combine(Path.GetTempPath(), "kenbaarheid-contracts-install.lock"));
        if (!packages.All(package => Directory.Exists(Path.Combine(ToolsFolder, "node_modules", package))))
        {
            await ToolProcess.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], ToolsFolder, TimeSpan.FromMinutes(10));
        }
    }

    private async Task WriteRealBodiesAsync()
    {
        using var harness = new PipelineHarness();
        var issued = Assert.IsType<PipelineOutcome.Issued>(await harness.ProcessAsync(await File.ReadAllBytesAsync(Sample("01-huurtoeslag-automated.json"))));
        await WriteAsync("notice-issued.json", IssuedNoticeMessage.From(issued, ExampleAccount));

        // GetNotice answers the stored manifest and a link per file (NoticeLinkIssuer, tested against Azurite); here with
        // illustrative URLs, since the contract is the shape.
        using var manifest = JsonDocument.Parse(harness.ReadText($"{issued.Folder}/manifest.json"));
        var links = issued.Manifest.Files
            .Select(file => new NoticeReadLink(file.Name, file.ContentType, file.Bytes, file.Sha256, new Uri(ExampleAccount, $"notices/{issued.Folder}/{file.Name}?sig=x")))
            .ToList();
        await WriteAsync("get-notice.json", new NoticeReadLinks(manifest.RootElement, links, new DateTimeOffset(2026, 11, 20, 9, 20, 0, TimeSpan.Zero)));

        var preview = harness.Pipeline.Preview(await File.ReadAllBytesAsync(Sample("90-rejected-bsn-bad-lars-missing-source.json")));
        await WriteAsync("preview-90-problems.json", preview.Problems);
    }

    // The handler's JSON: ASP.NET Core's web defaults, as for the HTTP answers and the issued message.
    private Task WriteAsync<T>(string name, T body) =>
        File.WriteAllTextAsync(Path.Combine(_bodies, name), JsonSerializer.Serialize(body, JsonSerializerOptions.Web));

    private static string Sample(string name) => Path.Combine(RepositoryPaths.Samples, "events", name);
}
