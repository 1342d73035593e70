using Kenbaarheid.Agencies;
using Kenbaarheid.Events;
using Kenbaarheid.Explanation;
using Kenbaarheid.Registry;
using Kenbaarheid.Rendering;

namespace Kenbaarheid.Tooling.Templates.Checking;

/// <summary>
/// The fixtures templates are checked against: real events in <c>fixtures/events/</c>, with the agency profiles
/// and register records they need beside them, put through the same validator and explainer as production. An
/// event the pipeline would reject is a broken fixture, reported as such.
/// </summary>
public sealed record FixtureSet(IReadOnlyList<NoticeFixture> Fixtures, IReadOnlyList<TemplateFinding> Findings)
{
    public const string FolderName = "fixtures";

    public static async Task<FixtureSet> LoadAsync(string folder, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The fixture folder '{folder}' does not exist; it holds events/, agencies/ and registry/.");
        }

        var agencies = await AgencyProfileLoader.LoadAsync(Path.Combine(folder, "agencies"), cancellationToken).ConfigureAwait(false);
        var registry = await RegistrySnapshotLoader.LoadAsync(Path.Combine(folder, "registry"), cancellationToken).ConfigureAwait(false);
        var validator = new EventValidator(agencies);
        var explainer = new NoticeExplainer(registry);
        var fixtures = new List<NoticeFixture>();
        var findings = new List<TemplateFinding>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "events"), "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var validation = validator.Validate(await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false));
            var result = validation is EventValidationResult.Accepted accepted
                ? explainer.Explain(accepted.Event, accepted.Agency)
                : new ExplanationResult(null, validation.Problems);
            if (result.Explanation is { } explanation)
            {
                fixtures.Add(new NoticeFixture(name, explanation));
            }
            else
            {
                findings.AddRange(result.Problems.Select(problem => new TemplateFinding(
                    TemplateFindingRules.Fixture, "(fixtures)", Path.GetRelativePath(folder, file).Replace('\\', '/'), null, name,
                    $"{problem.Code} {problem.Path}: {problem.Message}")));
            }
        }

        return new FixtureSet(fixtures, findings);
    }
}
