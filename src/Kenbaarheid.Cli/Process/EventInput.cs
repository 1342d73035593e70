namespace Kenbaarheid.Cli.Process;

/// <summary>One event to process and where it came from ("file" or "file:line"), for the report.</summary>
internal sealed record EventInput(string Origin, ReadOnlyMemory<byte> Bytes);
