namespace Kenbaarheid.Registry;

/// <summary>An organisation a snapshot was taken for, with its name as the register spells it.</summary>
public sealed record RegistrySnapshotOrganisation(string OrgId, string Name, int EntryCount);
