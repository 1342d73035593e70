using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Kenbaarheid.Events;

/// <summary>
/// The agency an event comes from, named by its <see cref="Events.OrgId"/> in the Dutch government organisation
/// register (TOOI), such as gm0344. An agency id is an org_id, so it is parsed as one (OrgId owns the pattern and its
/// message); a value of this type always has one of the register's shapes, so it is safe as a storage path segment.
/// </summary>
[JsonConverter(typeof(TextIdJsonConverter<AgencyId>))]
public readonly record struct AgencyId : ITextId<AgencyId>
{
    private AgencyId(OrgId orgId) => OrgId = orgId;

    /// <summary>The agency's org_id, as the register and the register sync name the organisation.</summary>
    public OrgId OrgId { get; }

    public string Value => OrgId.Value;

    public static bool TryParse(string? text, out AgencyId id)
    {
        if (!OrgId.TryParse(text, out var orgId))
        {
            id = default;
            return false;
        }

        id = new AgencyId(orgId);
        return true;
    }

    public static AgencyId Parse(string text) => new(OrgId.Parse(text));

    /// <summary>Whether the text is an agency id: an org_id.</summary>
    public static bool IsValid([NotNullWhen(true)] string? text) => OrgId.IsValid(text);

    public override string ToString() => Value;
}
