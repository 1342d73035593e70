namespace Kenbaarheid.Events.Fields;

/// <summary>Optional free text of at most <paramref name="MaxLength"/> characters without control characters; blank reads as absent.</summary>
internal record TextField(int MaxLength, string WrongType, string TooLong, string ControlCharacter) : EventField
{
    protected override IEnumerable<string> KindCodes => [WrongType, TooLong, ControlCharacter];
}

/// <summary>Required free text under the same rules, which must not be blank. It may also be read as optional when another field makes it so.</summary>
internal sealed record RequiredTextField(int MaxLength, string Missing, string WrongType, string Empty, string TooLong, string ControlCharacter)
    : TextField(MaxLength, WrongType, TooLong, ControlCharacter)
{
    protected override IEnumerable<string> KindCodes => [Missing, .. base.KindCodes, Empty];
}

/// <summary>A text that is an item of a list, so never missing, and must not be blank (an operation).</summary>
internal sealed record ItemTextField(int MaxLength, string WrongType, string Empty, string TooLong, string ControlCharacter)
    : TextField(MaxLength, WrongType, TooLong, ControlCharacter)
{
    protected override IEnumerable<string> KindCodes => [.. base.KindCodes, Empty];
}
