namespace Kenbaarheid.Events.Fields;

/// <summary>An optional whole number in a range of its own; <paramref name="Invalid"/> when it is outside it.</summary>
internal sealed record NumberField(string WrongType, string Invalid) : EventField
{
    protected override IEnumerable<string> KindCodes => [WrongType, Invalid];
}
