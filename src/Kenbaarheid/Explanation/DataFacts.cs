namespace Kenbaarheid.Explanation;

/// <summary>A kind of data used and its source; <see cref="Proxy"/> marks data that can stand in for origin or ethnicity.</summary>
public sealed record DataFacts(string Category, string Source, string? Value, bool Personal, bool Special, bool Proxy);
