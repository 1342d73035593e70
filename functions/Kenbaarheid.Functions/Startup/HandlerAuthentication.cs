using Kenbaarheid.Functions.Composition;
using Kenbaarheid.Functions.Endpoints;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Kenbaarheid.Functions.Startup;

/// <summary>
/// JWT bearer authentication for the HTTP functions, so the handler is safe behind any front door: App Service
/// authentication checks tokens before the host forwards a request, and the handler checks them again itself.
/// </summary>
internal static class HandlerAuthentication
{
    // Clocks of issuer and handler differ by seconds, not the five minutes the library allows by default.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    public static WebApplicationBuilder AddHandlerAuthentication(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(AuthOptions.SectionName);
        var hosted = AuthOptions.HostedMarkers.Any(marker => !string.IsNullOrEmpty(builder.Configuration[marker]));
        builder.Services.AddSettings<AuthOptions>(section, options => options.Validate(hosted));
        builder.Services.AddSingleton<AgencyAccess>();

        // Whether there is a scheme at all is decided here, so the mode is read here; AuthOptions checks it at start.
        if (section.GetValue(nameof(AuthOptions.Mode), AuthMode.EntraId) != AuthMode.EntraId)
        {
            // No scheme: every caller is anonymous, and the HTTP functions' policy asks nothing of them.
            builder.Services.AddAuthentication();
            builder.Services.AddAuthorization(authorization => authorization.DefaultPolicy = new AuthorizationPolicyBuilder().RequireAssertion(_ => true).Build());
            return builder;
        }

        builder.Services.AddAuthorization();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((bearer, settings) =>
            {
                var options = settings.Value;
                bearer.Authority = options.Authority;
                bearer.Audience = options.Audience;
                // Keys come from the issuer's metadata over HTTPS; a loopback issuer is a test's.
                bearer.RequireHttpsMetadata = !options.AuthorityUri.IsLoopback;
                // Claim names as the token has them: "roles", not a long URI.
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuer = options.Authority,
                    ValidateAudience = true,
                    ValidAudience = options.Audience,
                    ValidateLifetime = true,
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ValidateIssuerSigningKey = true,
                    ClockSkew = ClockSkew,
                    RoleClaimType = AuthOptions.RolesClaim,
                };
                bearer.Events = new JwtBearerEvents
                {
                    // A problem body like every other refusal; the header tells a client what is missing.
                    OnChallenge = async context =>
                    {
                        context.HandleResponse();
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        context.Response.Headers.WWWAuthenticate = context.AuthenticateFailure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
                        await Results.Problem(
                            title: "A valid bearer token for the notice API is needed.",
                            detail: "Send an Entra ID access token for this API in the Authorization header.",
                            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context.HttpContext).ConfigureAwait(false);
                    },
                };
            });
        return builder;
    }
}
