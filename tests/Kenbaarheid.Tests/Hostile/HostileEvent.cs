namespace Kenbaarheid.Tests.Hostile;

/// <summary>An event that breaks the contract, and the JSON Pointer a rejection reason must name ("" for the whole event).</summary>
internal sealed record HostileEvent(string Name, byte[] Bytes, string ExpectedPath)
{
    public override string ToString() => Name;
}
