using Kenbaarheid.Agencies;
using Kenbaarheid.Registry;
using Kenbaarheid.Rendering;

namespace Kenbaarheid.Functions.Startup;

/// <summary>
/// What the handler reads after it has started listening: the agency profiles and register records (copied from the
/// configuration container), the templates, and the register snapshot the last sync made current, if readable.
/// </summary>
public sealed record LoadedConfiguration(
    AgencyDirectory Agencies, RegistrySnapshot ConfigRegistry, TemplateSet Templates, RegistrySnapshot? FirstSnapshot, string? FallbackReason);
