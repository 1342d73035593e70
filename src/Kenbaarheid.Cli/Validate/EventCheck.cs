using Kenbaarheid.Cli.Process;
using Kenbaarheid.Events;
using Kenbaarheid.Explanation;
using Kenbaarheid.Storage;

namespace Kenbaarheid.Cli.Validate;

/// <summary>
/// What the checks found for one event: its problems (the codes, pointers and messages a rejection record would
/// carry), or, when it passed, the event and the flags the register check raised.
/// </summary>
internal sealed record EventCheck(EventInput Input, EventIdentity Identity, DecisionEvent? Event, IReadOnlyList<Problem> Problems, IReadOnlyList<ComplianceFlag> Flags)
{
    public bool IsValid => Event is not null;

    /// <summary>The event id as the terminal may show it: it is unchecked text until the event is valid.</summary>
    public string? LoggableEventId => Identity.EventId is { } id ? PathSafeId.From(id) : null;
}
