namespace Kenbaarheid.Tests.Events;

/// <summary>A sample event after a few random edits; FsCheck shows the description when a property fails.</summary>
public sealed record MutatedEvent(string Description, byte[] Bytes)
{
    public override string ToString() => Description;
}
