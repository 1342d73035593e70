namespace Kenbaarheid.Functions.Startup;

/// <summary>
/// Who may call the HTTP functions, in the section <c>Kenbaarheid:Auth</c> (app settings <c>Kenbaarheid__Auth__…</c>).
/// The handler validates every bearer token itself (signature against the issuer's published keys, issuer,
/// audience, lifetime) and then authorises per agency from the token's app roles (<see cref="AgencyRolePrefix"/>).
/// </summary>
public sealed class AuthOptions
{
    public const string SectionName = "Kenbaarheid:Auth";

    /// <summary>The app role that grants one agency's notices: <c>Agency.{org_id}</c>, e.g. <c>Agency.zb999901</c>.</summary>
    public const string AgencyRolePrefix = "Agency.";

    /// <summary>The claim Entra ID puts app roles in.</summary>
    public const string RolesClaim = "roles";

    /// <summary>App Service and Functions set these on every instance; a local run does not.</summary>
    public static readonly IReadOnlyList<string> HostedMarkers = ["WEBSITE_SITE_NAME", "WEBSITE_INSTANCE_ID"];

    public AuthMode Mode { get; set; } = AuthMode.EntraId;

    /// <summary>
    /// The token issuer, whose <c>/.well-known/openid-configuration</c> names the signing keys; for Entra ID
    /// <c>https://login.microsoftonline.com/{tenant id}/v2.0</c>. Plain HTTP only on a loopback address (tests).
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must be issued for: the notice API app registration's client id.</summary>
    public string? Audience { get; set; }

    public bool Enabled => Mode == AuthMode.EntraId;

    /// <summary>The issuer as a URI; only meaningful once <see cref="Validate"/> found no problem.</summary>
    public Uri AuthorityUri => new(Authority!, UriKind.Absolute);

    /// <summary>Every problem with these settings; <paramref name="hosted"/> is true on an App Service or Functions instance.</summary>
    public IReadOnlyList<string> Validate(bool hosted)
    {
        if (!Enabled)
        {
            return hosted
                ? [$"Kenbaarheid__Auth__Mode {Mode} is for a developer's machine only; on an App Service or Functions instance the HTTP functions always check tokens."]
                : [];
        }

        var problems = new List<string>();
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority)
            || !(authority.Scheme == Uri.UriSchemeHttps || (authority.Scheme == Uri.UriSchemeHttp && authority.IsLoopback)))
        {
            problems.Add($"Kenbaarheid__Auth__Authority '{Authority}' must be the token issuer's https address, e.g. https://login.microsoftonline.com/{{tenant id}}/v2.0 " +
                $"(or set Kenbaarheid__Auth__Mode to {AuthMode.DisabledForLocalDevelopment} on a developer's machine).");
        }

        if (string.IsNullOrWhiteSpace(Audience))
        {
            problems.Add("Kenbaarheid__Auth__Audience must name the audience tokens are issued for: the notice API app registration's client id.");
        }

        return problems;
    }
}
