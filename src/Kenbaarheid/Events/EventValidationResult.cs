using Kenbaarheid.Pipeline;

namespace Kenbaarheid.Events;

/// <summary>
/// The outcome of validating one event: the mapped event when it is valid, otherwise every problem found, in
/// document order. <see cref="Identity"/> is always filled as far as the raw event allows.
/// </summary>
public sealed record EventValidationResult(DecisionEvent? Event, IReadOnlyList<Problem> Problems, EventIdentity Identity)
{
    public bool IsValid => Event is not null;
}
