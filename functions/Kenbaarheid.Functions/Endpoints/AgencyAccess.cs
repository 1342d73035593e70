using System.Security.Claims;
using Kenbaarheid.Functions.Startup;
using Microsoft.Extensions.Options;

namespace Kenbaarheid.Functions.Endpoints;

/// <summary>
/// Decides whether a caller, already authenticated, may see one agency's notices: its token must carry the app role
/// <c>Agency.{org_id}</c> for exactly that agency. With authentication disabled for local development, everyone may.
/// </summary>
public sealed class AgencyAccess(IOptions<AuthOptions> options)
{
    public bool Allows(ClaimsPrincipal caller, string? agencyId) =>
        !options.Value.Enabled
        || (agencyId is not null && caller.HasClaim(AuthOptions.RolesClaim, AuthOptions.AgencyRolePrefix + agencyId));
}
