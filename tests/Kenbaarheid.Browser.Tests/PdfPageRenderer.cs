using System.Text.Json;

namespace Kenbaarheid.Browser.Tests;

/// <summary>Renders PDF pages with pdf.js in real headless Chromium through <c>tests/browser/render-pdf.mjs</c>.</summary>
internal static class PdfPageRenderer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyList<RenderedPdf>> RenderAsync(IEnumerable<string> files, string folder)
    {
        await BrowserTools.EnsureAsync();
        var arguments = new List<string> { Path.Combine(BrowserTools.NpmFolder, "render-pdf.mjs"), "--out", folder };
        arguments.AddRange(files);
        var output = await ToolProcess.RunAsync("node", arguments, BrowserTools.NpmFolder, TimeSpan.FromMinutes(5));
        return JsonSerializer.Deserialize<List<RenderedPdf>>(output.Trim().Split('\n')[^1], Options)
            ?? throw new InvalidDataException($"render-pdf.mjs printed no results: {output}");
    }
}
