namespace Kenbaarheid.Cli.Tests.Templates;

public sealed class TemplatesCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kenbaarheid-cli-templates-").FullName;

    [Fact]
    public async Task Check_PassesOnTheShippedTemplatesAndPrintsTheReadabilityFigures()
    {
        var run = await CliRun.StartAsync("templates", "check");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("Check passed: 4 template(s)", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"nl\s+\(whole notice\)\s+notice\s+\d+\.\d", run.Output);
    }

    [Fact]
    public async Task Check_FailsWithTheTemplateFileAndLineOfTripleStash()
    {
        var templates = CopyTemplates();
        Replace(Path.Combine(templates, "nl", "txt", "notice.hbs"), "uw brief over: {{decision.type}}.", "uw brief over: {{{decision.type}}}.");

        var run = await CliRun.StartAsync("templates", "check", "--templates", templates);

        Assert.Equal(3, run.ExitCode);
        Assert.Matches(@"notice\.nl\.txt nl/txt/notice\.hbs:\d+  UNESCAPED_OUTPUT", run.Output);
        Assert.Contains("Check failed: 1 finding(s).", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_RefusesAChangedWordUntilItIsApprovedAndPreviewMarksTheDraft()
    {
        var templates = CopyTemplates();
        Replace(Path.Combine(templates, "nl", "html", "weight.hbs"), "Maar ook andere dingen telden mee.", "Maar ook andere zaken telden mee.");

        var refused = await CliRun.StartAsync("process", "samples/events", "--templates", templates, "--out", Path.Combine(_folder, "out1"));
        var preview = await CliRun.StartAsync("process", "samples/events", "--templates", templates, "--out", Path.Combine(_folder, "out2"), "--preview");
        var approved = await CliRun.StartAsync("templates", "approve", "notice.nl.html", "--by", "juridisch-adviseur", "--templates", templates);
        var accepted = await CliRun.StartAsync("process", "samples/events", "--templates", templates, "--out", Path.Combine(_folder, "out3"));

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("Template 'notice.nl.html'", refused.Error, StringComparison.Ordinal);
        Assert.Contains("Changed since approval: nl/html/weight.hbs.", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, preview.ExitCode);
        Assert.Contains("CONCEPT — niet verzenden", await File.ReadAllTextAsync(Path.Combine(_folder, "out2", "notices/zb999901/HT-2027-000456/r1/notice.nl.html")), StringComparison.Ordinal);
        Assert.Contains("\"status\": \"draft\"", await File.ReadAllTextAsync(Path.Combine(_folder, "out2", "notices/zb999901/HT-2027-000456/r1/manifest.json")), StringComparison.Ordinal);
        Assert.True(approved.ExitCode == 0, approved.Error);
        Assert.Matches(@"approved  notice\.nl\.html  version \d+\.\d+\.0  sha256 [0-9a-f]{64}  by juridisch-adviseur on \d{4}-\d{2}-\d{2}", approved.Output);
        Assert.Equal(0, accepted.ExitCode);
        Assert.DoesNotContain("CONCEPT", await File.ReadAllTextAsync(Path.Combine(_folder, "out3", "notices/zb999901/HT-2027-000456/r1/notice.nl.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_RefusesAPersonsNameAsTheApprover()
    {
        var run = await CliRun.StartAsync("templates", "approve", "notice.nl.html", "--by", "Jan Jansen", "--templates", CopyTemplates());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("never a person", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_RefusesATemplateThatFailsTheCheck()
    {
        var templates = CopyTemplates();
        Replace(Path.Combine(templates, "en", "html", "notice.hbs"), "<main>\n", "<main>\n<img src=\"https://tracker.example/p.gif\" alt=\"\">\n");

        var run = await CliRun.StartAsync("templates", "approve", "notice.en.html", "--by", "legal-team", "--templates", templates);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("EXTERNAL_RESOURCE", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_WritesOneSelfContainedReportWithEveryNoticeAndTheDiffs()
    {
        var templates = CopyTemplates();
        Replace(Path.Combine(templates, "en", "html", "weight.hbs"), "But other things counted too.", "But other things counted as well.");
        var path = Path.Combine(_folder, "review.html");

        var run = await CliRun.StartAsync("templates", "review", "--out", path, "--templates", templates);

        Assert.True(run.ExitCode == 0, run.Error);
        var html = await File.ReadAllTextAsync(path);
        var fixtures = Directory.GetFiles(Path.Combine(templates, "fixtures", "events"), "*.json").Length;
        Assert.Equal(2 * fixtures, System.Text.RegularExpressions.Regex.Count(html, "<iframe title="));
        Assert.Contains("<div class=\"added\">+ ", html, StringComparison.Ordinal);
        Assert.Contains("But other things counted as well.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"findings\">Wat de controle vond</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_WritesEnglishWithLangEn()
    {
        var path = Path.Combine(_folder, "review.html");

        var run = await CliRun.StartAsync("templates", "review", "--out", path, "--lang", "en");

        Assert.True(run.ExitCode == 0, run.Error);
        var html = await File.ReadAllTextAsync(path);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Notice templates for review</h1>", html, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string CopyTemplates()
    {
        var source = Path.Combine(CliRun.RepositoryRoot, "templates");
        var target = Path.Combine(_folder, "templates-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    private static void Replace(string path, string old, string replacement)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(old, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(old, replacement, StringComparison.Ordinal));
    }
}
