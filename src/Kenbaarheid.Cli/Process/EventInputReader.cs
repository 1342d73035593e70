using System.CommandLine;

namespace Kenbaarheid.Cli.Process;

/// <summary>
/// Reads events from the command's inputs: a <c>.json</c> file is one event, a <c>.jsonl</c>/<c>.ndjson</c> file
/// one event per line, and a folder is searched recursively for both. A bad line is still an event — it is
/// rejected by the pipeline, never skipped here.
/// </summary>
internal static class EventInputReader
{
    private static readonly string[] BatchExtensions = [".jsonl", ".ndjson"];

    /// <summary>The inputs argument of the commands that read events (process, validate, send).</summary>
    public static Argument<string[]> CreateArgument() => new("input")
    {
        Arity = ArgumentArity.OneOrMore,
        Description = "Event files (.json: one event), batches (.jsonl/.ndjson: one event per line) or folders (searched recursively for both).",
    };

    /// <summary>Tells which inputs do not exist, if any, so the command can refuse (as wrong usage) before it reads anything.</summary>
    public static async Task<bool> ReportMissingAsync(IEnumerable<string> inputs, TextWriter error)
    {
        var missing = Missing(inputs);
        if (missing.Count > 0)
        {
            await error.WriteLineAsync($"Not found: {string.Join(", ", missing.Select(path => $"input '{path}'"))}.").ConfigureAwait(false);
        }

        return missing.Count > 0;
    }

    /// <summary>The inputs that do not exist, so the command can refuse before it processes anything.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<string> inputs) =>
        inputs.Where(input => !File.Exists(input) && !Directory.Exists(input)).ToList();

    public static async IAsyncEnumerable<EventInput> ReadAsync(IEnumerable<string> inputs, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var input in inputs)
        {
            var files = Directory.Exists(input)
                ? Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Where(IsEventFile).Order(StringComparer.Ordinal)
                : Enumerable.Repeat(input, 1);
            foreach (var file in files)
            {
                if (IsBatch(file))
                {
                    await foreach (var line in ReadBatchAsync(file, cancellationToken).ConfigureAwait(false))
                    {
                        yield return line;
                    }
                }
                else
                {
                    yield return new EventInput(file, await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false));
                }
            }
        }
    }

    /// <summary>
    /// Splits the raw bytes on line feeds rather than decoding text, so a line that is not valid UTF-8 reaches the
    /// pipeline (and the rejection record) exactly as it was sent.
    /// </summary>
    private static async IAsyncEnumerable<EventInput> ReadBatchAsync(string file, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        var start = 0;
        var number = 0;
        while (start < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0)
            {
                end = bytes.Length;
            }

            number++;
            var line = bytes.AsMemory(start, end - start);
            if (line.Length > 0 && line.Span[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (!IsBlank(line.Span))
            {
                yield return new EventInput($"{file}:{number}", line);
            }

            start = end + 1;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t"u8).IsEmpty;

    private static bool IsEventFile(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || IsBatch(path);

    private static bool IsBatch(string path) =>
        BatchExtensions.Any(extension => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase));
}
