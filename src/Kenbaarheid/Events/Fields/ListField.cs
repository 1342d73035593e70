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

    protected override IEnumerable<string> KindCodes => TooMany is null ? [WrongType] : [WrongType, TooMany];
}

/// <summary>A required list of <see cref="MinItems"/> to <see cref="MaxItems"/> items.</summary>
internal sealed record RequiredListField(int MinItems, int MaxItems, string Missing, string WrongType, string TooFew, string TooMany) : EventField
{
    protected override IEnumerable<string> KindCodes => [Missing, WrongType, TooFew, TooMany];
}
