using System.Text.Json;

namespace Kenbaarheid.Browser.Tests;

/// <summary>Opens pages in real headless Chromium through <c>tests/browser/check-pages.mjs</c> and reads its JSON answer.</summary>
internal static class ChromiumPageChecker
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Checks each page; with <paramref name="clipHeight"/> a screenshot keeps only the top of the page.</summary>
    public static async Task<IReadOnlyList<PageCheck>> CheckAsync(IEnumerable<string> files, string? screenshots = null, int? clipHeight = null)
    {
        await BrowserTools.EnsureAsync();
        var arguments = new List<string> { Path.Combine(BrowserTools.NpmFolder, "check-pages.mjs"), "--width", "794" };
        if (screenshots is not null)
        {
            arguments.AddRange(["--screenshots", screenshots]);
        }

        if (clipHeight is { } height)
        {
            arguments.AddRange(["--clip-height", height.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        arguments.AddRange(files);
        var output = await ToolProcess.RunAsync("node", arguments, BrowserTools.NpmFolder, TimeSpan.FromMinutes(5));
        return JsonSerializer.Deserialize<List<PageCheck>>(output.Trim().Split('\n')[^1], Options)
            ?? throw new InvalidDataException($"check-pages.mjs printed no results: {output}");
    }
}
