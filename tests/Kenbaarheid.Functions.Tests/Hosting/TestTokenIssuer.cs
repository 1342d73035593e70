using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kenbaarheid.Functions.Tests.Hosting;

/// <summary>
/// An OpenID Connect issuer as Entra ID publishes one, on a loopback port: <c>{issuer}/.well-known/openid-configuration</c>
/// and the JSON Web Key Set it names, holding the public half of a fresh RSA key. Signs access tokens with that key
/// (or, for tests of forgery, with a key it does not publish). The handler under test fetches the keys from here.
/// </summary>
public sealed class TestTokenIssuer : IAsyncDisposable
{
    /// <summary>The audience the handler is configured with: the notice API app registration's client id.</summary>
    public const string Audience = "5b7f0c1e-9d2a-4c3b-8e6f-1a2b3c4d5e6f";

    /// <summary>
    /// Token settings for a handler whose tests call only what the host calls with an envelope (ProcessDecision, the
    /// timers), which takes no token: an issuer that is never asked satisfies the start-up check.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> NeverAsked { get; } = new Dictionary<string, string?>
    {
        ["Kenbaarheid:Auth:Authority"] = "http://127.0.0.1:1/test-tenant/v2.0",
        ["Kenbaarheid:Auth:Audience"] = Audience,
    };

    private readonly RSA _key = RSA.Create(2048);
    private readonly RsaSecurityKey _signingKey;
    private readonly WebApplication _app;

    private TestTokenIssuer(WebApplication app)
    {
        _app = app;
        _signingKey = new RsaSecurityKey(_key) { KeyId = "test-signing-key" };
    }

    /// <summary>The issuer, in the shape of Entra ID's v2.0 issuer; also the handler's Kenbaarheid__Auth__Authority.</summary>
    public string Issuer { get; private set; } = string.Empty;

    public static async Task<TestTokenIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var issuer = new TestTokenIssuer(app);
        app.MapGet("/test-tenant/v2.0/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer.Issuer,
            ["jwks_uri"] = $"{issuer.Issuer}/keys",
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
        }));
        app.MapGet("/test-tenant/v2.0/keys", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(issuer._key.ExportParameters(includePrivateParameters: false)) { KeyId = issuer._signingKey.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
        });
        await app.StartAsync();
        issuer.Issuer = $"{app.Urls.Single()}/test-tenant/v2.0";
        return issuer;
    }

    /// <summary>An access token for the notice API with these app roles, valid for an hour unless told otherwise.</summary>
    public string Token(
        IEnumerable<string> roles, string? audience = null, string? issuer = null, DateTime? expires = null, bool signWithUnpublishedKey = false)
    {
        var now = DateTime.UtcNow;
        var validUntil = expires ?? now.AddHours(1);
        var key = signWithUnpublishedKey ? new RsaSecurityKey(RSA.Create(2048)) { KeyId = _signingKey.KeyId } : _signingKey;
        var claims = new Dictionary<string, object>
        {
            ["roles"] = roles.ToArray(),
            ["azp"] = "agency-client",
            ["sub"] = "agency-client-service-principal",
        };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience ?? Audience,
            IssuedAt = validUntil.AddHours(-1) < now ? validUntil.AddHours(-1) : now,
            NotBefore = validUntil.AddHours(-1) < now ? validUntil.AddHours(-1) : now,
            Expires = validUntil,
            Claims = claims,
            Subject = new ClaimsIdentity(),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Dispose();
    }
}
