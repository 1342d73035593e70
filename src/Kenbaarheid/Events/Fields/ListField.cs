namespace Kenbaarheid.Events.Fields;

/// <summary>An optional list of at most <see cref="MaxItems"/> items; absent reads as empty.</summary>
internal sealed record ListField : EventField
{
    /// <summary>A list the contract sets no limit for.</summary>
    public ListField(string wrongType) => WrongType = wrongType;

    public ListField(int maxItems, string wrongType, string tooMany)
    {
        MaxItems = maxItems;
        WrongType = wrongType;
        TooMany = tooMany;
    }

    public int MaxItems { get; } = int.MaxValue;

    public string WrongType { get; }

    /// <summary>Null only for a list without limit, which can never hold too many.</summary>
    public string? TooMany { get; }

    /// <summary>What the fr-strict regime asks of this list beyond the contract, if anything.</summary>
    public StrictMinimum? Strict { get; init; }

    protected override IEnumerable<string> KindCodes =>
        new[] { WrongType, TooMany, Strict?.Missing }.OfType<string>();
}

/// <summary>
/// The fr-strict regime's rule that an optional list holds at least one item: <see cref="Missing"/> when it is empty,
/// with a message that names <see cref="Requirement"/> (e.g. "at least one operation per algorithm").
/// </summary>
internal sealed record StrictMinimum(string Missing, string Requirement);

/// <summary>A required list of <see cref="MinItems"/> to <see cref="MaxItems"/> items.</summary>
internal sealed record RequiredListField(int MinItems, int MaxItems, string Missing, string WrongType, string TooFew, string TooMany) : EventField
{
    protected override IEnumerable<string> KindCodes => [Missing, WrongType, TooFew, TooMany];
}
