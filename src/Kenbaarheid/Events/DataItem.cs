namespace Kenbaarheid.Events;

/// <summary>
/// A kind of data used, where it came from and, optionally, the person's own value and the base register it
/// came from.
/// </summary>
public sealed record DataItem(string Category, string Source, string? Value, bool Personal, bool Special, BaseRegister? Register);
