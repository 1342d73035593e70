using Kenbaarheid.Agencies;
using Kenbaarheid.Cli.Process;
using Kenbaarheid.Events;
using Kenbaarheid.Explanation;

namespace Kenbaarheid.Cli.Validate;

/// <summary>
/// Checks events with the pipeline's own stages, as far as the configuration at hand allows: the contract always
/// (<see cref="EventValidator"/>), the agency's profile and regime when profiles are given, and the register and the
/// compliance flags that block (<see cref="NoticeExplainer"/>) when the register is given too. Only
/// <c>NOTICE_EXISTS</c>, which needs the store, is never checked here.
/// </summary>
internal sealed class EventChecker
{
    private readonly EventValidator _validator;
    private readonly AgencyDirectory? _agencies;
    private readonly NoticeExplainer? _explainer;

    public EventChecker(AgencyDirectory? agencies, NoticeExplainer? explainer, IReadOnlyList<string> sources)
    {
        if (explainer is not null && agencies is null)
        {
            throw new ArgumentException("The register check needs the agency profiles.", nameof(explainer));
        }

        _validator = agencies is null ? EventValidator.WithoutAgencyProfiles() : new EventValidator(agencies);
        _agencies = agencies;
        _explainer = explainer;
        Sources = sources;
    }

    /// <summary>What the checks run against, for the report: the contract, and where profiles and register came from.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The checks this checker leaves out, each with the codes it would have reported and how to include it.</summary>
    public IReadOnlyList<string> Skipped =>
    [
        .. _agencies is null
            ? new[] { "agency checks (AGENCY_UNKNOWN and the fr-strict rules STRICT_*): no agency profiles; pass --agencies <folder>" }
            : [],
        .. _explainer is null
            ? new[] { "register checks (the ALGORITHM_NOT_REGISTERED block and every other flag that blocks): no register; pass --registry <folder|file>" }
            : [],
        "NOTICE_EXISTS: needs the notice store; only the pipeline can tell",
    ];

    public EventCheck Check(EventInput input)
    {
        var validation = _validator.Validate(input.Bytes);
        if (validation.Event is not { } decisionEvent)
        {
            return new EventCheck(input, validation.Identity, null, validation.Problems, []);
        }

        if (_explainer is null || validation is not EventValidationResult.Accepted { Agency: var agency })
        {
            return new EventCheck(input, validation.Identity, decisionEvent, [], []);
        }

        var explained = _explainer.Explain(decisionEvent, agency);
        return explained.Explanation is { } explanation
            ? new EventCheck(input, validation.Identity, decisionEvent, [], explanation.Flags)
            : new EventCheck(input, validation.Identity, null, explained.Problems, []);
    }
}
