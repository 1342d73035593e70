using System.Text.Json;

namespace Kenbaarheid.Registry;

/// <summary>
/// <c>GET /api/organisation-details/{org_id}/{lang}</c>: the organisation's name as the register spells it (which the
/// search filters on), and the algorithm versions it has published, as the register sent them.
/// </summary>
public sealed record OrganisationDetails(string OrgId, string Name, IReadOnlyList<JsonElement> AlgorithmVersions);
