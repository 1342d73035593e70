using Kenbaarheid.Agencies;
using Kenbaarheid.Explanation;
using Kenbaarheid.Registry;
using Kenbaarheid.Rendering;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Pipeline;

/// <summary>
/// Collects what a pipeline needs and builds one immutable <see cref="NoticePipeline"/>. Checks at build time
/// what would otherwise fail on the first event: every language an agency offers must have templates, and in
/// production mode (the default) every template must be approved. The builder locks after <see cref="Build"/>.
/// </summary>
public sealed class NoticePipelineBuilder
{
    private AgencyDirectory? _agencies;
    private IRegistrySnapshotSource? _registry;
    private TemplateSet? _templates;
    private INoticeStore? _store;
    private TimeProvider _time = TimeProvider.System;
    private TemplateMode _templateMode = TemplateMode.Production;
    private bool _built;

    public NoticePipelineBuilder WithAgencies(AgencyDirectory agencies) => Set(() => _agencies = agencies);

    public NoticePipelineBuilder WithRegistry(IRegistrySnapshotSource registry) => Set(() => _registry = registry);

    public NoticePipelineBuilder WithTemplates(TemplateSet templates) => Set(() => _templates = templates);

    /// <summary>
    /// <see cref="TemplateMode.Production"/> (the default) refuses templates that are not approved;
    /// <see cref="TemplateMode.Preview"/> renders them with a draft banner, for template authors and reviewers.
    /// </summary>
    public NoticePipelineBuilder WithTemplateMode(TemplateMode mode) => Set(() => _templateMode = mode);

    public NoticePipelineBuilder WithStore(INoticeStore store) => Set(() => _store = store);

    /// <summary>The clock for rejection records' <c>receivedAt</c>; the system clock unless a test fixes it.</summary>
    public NoticePipelineBuilder WithTimeProvider(TimeProvider time) => Set(() => _time = time);

    public NoticePipeline Build()
    {
        ThrowIfBuilt();
        var agencies = _agencies ?? throw new InvalidOperationException("The pipeline needs agency profiles: call WithAgencies.");
        var registry = _registry ?? throw new InvalidOperationException("The pipeline needs the register: call WithRegistry.");
        var templates = _templates ?? throw new InvalidOperationException("The pipeline needs templates: call WithTemplates.");
        var store = _store ?? throw new InvalidOperationException("The pipeline needs a store: call WithStore.");

        var missing = agencies.All
            .SelectMany(agency => agency.Languages.Select(language => (agency.Id, Language: language)))
            .Where(offer => !templates.Languages.Contains(offer.Language))
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                "Some agencies offer a language without templates: "
                + string.Join(", ", missing.Select(m => $"{m.Id} offers '{m.Language}'"))
                + $". Templates exist for: {string.Join(", ", templates.Languages.Order())}.");
        }

        _built = true;
        return new NoticePipeline(agencies, new NoticeExplainer(registry), new NoticeRenderer(templates, _templateMode), store, _time);
    }

    private NoticePipelineBuilder Set(Action set)
    {
        ThrowIfBuilt();
        set();
        return this;
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has built its pipeline and cannot be changed; start a new NoticePipelineBuilder.");
        }
    }
}
