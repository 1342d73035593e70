namespace Kenbaarheid.Events.Fields;

/// <summary>A string that must be exactly <see cref="Expected"/> (specversion, type, datacontenttype), required or not.</summary>
internal sealed record ExactValueField : EventField
{
    public ExactValueField(string expected, string wrongType, string unknownValue)
    {
        Expected = expected;
        WrongType = wrongType;
        UnknownValue = unknownValue;
    }

    public ExactValueField(string expected, string missing, string wrongType, string unknownValue)
        : this(expected, wrongType, unknownValue) => Missing = missing;

    public string Expected { get; }

    /// <summary>Null for a field that may be left out.</summary>
    public string? Missing { get; }

    public string WrongType { get; }

    public string UnknownValue { get; }

    protected override IEnumerable<string> KindCodes => Missing is null ? [WrongType, UnknownValue] : [Missing, WrongType, UnknownValue];
}
