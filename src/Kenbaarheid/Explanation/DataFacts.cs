using Kenbaarheid.Events;

namespace Kenbaarheid.Explanation;

/// <summary>
/// A kind of data used and its source; <see cref="Proxy"/> marks data that can stand in for origin or ethnicity.
/// <see cref="ValueFromParameters"/> is set when the event gave no value here but gave it for the parameter of the
/// same name, so the notice shows that value instead of contradicting itself; <see cref="Register"/> is the base
/// register the item came from.
/// </summary>
public sealed record DataFacts(
    string Category,
    string Source,
    string? Value,
    bool ValueFromParameters,
    bool Personal,
    bool Special,
    bool Proxy,
    BaseRegister? Register);
