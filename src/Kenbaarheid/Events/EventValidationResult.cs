using Kenbaarheid.Agencies;

namespace Kenbaarheid.Events;

/// <summary>
/// The outcome of validating one event, closed to three cases: <see cref="Accepted"/> (valid, for an agency we serve,
/// its profile resolved once), <see cref="ConformsToContract"/> (valid against the contract alone, from a validator
/// without profiles) and <see cref="Rejected"/> (every problem found, in document order). <see cref="Identity"/> is
/// always filled as far as the raw event allows.
/// </summary>
public abstract record EventValidationResult
{
    private EventValidationResult(DecisionEvent? decisionEvent, IReadOnlyList<Problem> problems, EventIdentity identity)
    {
        Event = decisionEvent;
        Problems = problems;
        Identity = identity;
    }

    /// <summary>The mapped event when it is valid; null when rejected.</summary>
    public DecisionEvent? Event { get; }

    /// <summary>Every problem found; empty when the event is valid.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    public EventIdentity Identity { get; }

    public bool IsValid => Event is not null;

    /// <summary>A valid event for an agency with a profile: the pipeline issues its notice with <see cref="Agency"/>.</summary>
    public sealed record Accepted : EventValidationResult
    {
        public Accepted(DecisionEvent decisionEvent, AgencyProfile agency, EventIdentity identity)
            : base(decisionEvent, [], identity) => Agency = agency;

        public new DecisionEvent Event => base.Event!;

        public AgencyProfile Agency { get; }
    }

    /// <summary>A valid event checked without agency profiles, so neither the agency nor its regime was checked.</summary>
    public sealed record ConformsToContract : EventValidationResult
    {
        public ConformsToContract(DecisionEvent decisionEvent, EventIdentity identity)
            : base(decisionEvent, [], identity)
        {
        }

        public new DecisionEvent Event => base.Event!;
    }

    /// <summary>An event that breaks the contract (or its agency's regime), with every problem found.</summary>
    public sealed record Rejected : EventValidationResult
    {
        public Rejected(IReadOnlyList<Problem> problems, EventIdentity identity)
            : base(null, problems, identity)
        {
        }
    }
}
