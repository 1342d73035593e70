namespace Kenbaarheid.Registry;

/// <summary>
/// How <see cref="AlgoritmeregisterClient"/> talks to the register. The defaults suit the public register, which is
/// slow at times and answers 429 when asked too often; <see cref="Validate"/> is called by the client's constructor,
/// so a wrong setting stops the start instead of the first sync.
/// </summary>
public sealed class AlgoritmeregisterClientOptions
{
    public const string SectionName = "Algoritmeregister";

    /// <summary>The public register's address.</summary>
    public static readonly Uri PublicRegister = new("https://algoritmes.overheid.nl");

    /// <summary>The register's address; default the public register, <c>https://algoritmes.overheid.nl</c>.</summary>
    public Uri BaseAddress { get; set; } = PublicRegister;

    /// <summary>The register language of the records: <c>NLD</c> (default), <c>ENG</c> or <c>FRY</c>.</summary>
    public string Language { get; set; } = "NLD";

    /// <summary>How long one request may take, body included. Default 30 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one call may take with all its retries. Default 3 minutes.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Retries after a transient failure (5xx, 429, timeout, connection failure). Default 4.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first retry's delay; each next one doubles it. Default 1 second.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Randomises the delays so that many callers do not retry in step. Default true; tests turn it off for exact timing.
    /// </summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>Records per search page; the register allows 1 to 100. Default 100.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Throws with the setting and the rule when a value cannot work.</summary>
    public void Validate()
    {
        void Require(bool rule, string message)
        {
            if (!rule)
            {
                throw new ArgumentException($"Invalid Algoritmeregister client options: {message}");
            }
        }

        Require(BaseAddress.IsAbsoluteUri && (BaseAddress.Scheme == Uri.UriSchemeHttps || BaseAddress.Scheme == Uri.UriSchemeHttp), $"BaseAddress '{BaseAddress}' must be an absolute http(s) address.");
        Require(Language is "NLD" or "ENG" or "FRY", $"Language '{Language}' must be NLD, ENG or FRY.");
        Require(AttemptTimeout > TimeSpan.Zero, "AttemptTimeout must be positive.");
        Require(TotalTimeout >= AttemptTimeout, "TotalTimeout must be at least AttemptTimeout.");
        Require(MaxRetries is >= 0 and <= 10, $"MaxRetries {MaxRetries} must be between 0 and 10.");
        Require(RetryDelay >= TimeSpan.Zero, "RetryDelay must not be negative.");
        Require(PageSize is >= 1 and <= 100, $"PageSize {PageSize} must be between 1 and 100, as the register allows.");
    }
}
