namespace Kenbaarheid.Events;

/// <summary>An id that is text of a checked shape (<see cref="AgencyId"/>, <see cref="DecisionId"/>, <see cref="OrgId"/>), so JSON can carry it as a plain string.</summary>
internal interface ITextId<TSelf>
    where TSelf : struct, ITextId<TSelf>
{
    string Value { get; }

    static abstract bool TryParse(string? text, out TSelf id);
}
