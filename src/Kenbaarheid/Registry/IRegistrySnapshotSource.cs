namespace Kenbaarheid.Registry;

/// <summary>
/// Where the pipeline gets the register from. Asked once per event, so a source can move to a newer snapshot
/// between events without a restart.
/// </summary>
public interface IRegistrySnapshotSource
{
    RegistrySnapshot Current { get; }
}
