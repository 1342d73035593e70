namespace Kenbaarheid.Benchmarks.Load;

/// <summary>Where a run happened, and how busy the machine was before and after it.</summary>
public sealed record MachineDescription(int Cores, string CpuModel, string Runtime, string OperatingSystem, string LoadBefore, string LoadAfter);
