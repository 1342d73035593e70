using Spectre.Console;

namespace Kenbaarheid.Cli.ServiceBus;

/// <summary>
/// A progress bar for long sends, drawn on the error stream so the lines on standard output stay clean for scripts,
/// and only when that stream is a terminal and the work is large enough to wait for.
/// </summary>
internal static class ProgressDisplay
{
    public const int LargeRun = 100;

    public static async Task<T> RunAsync<T>(string label, int total, Func<IProgress<int>?, Task<T>> work)
    {
        if (total < LargeRun || Console.IsErrorRedirected)
        {
            return await work(null).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(label, maxValue: total);
                result = await work(new Progress<int>(done => task.Value = done)).ConfigureAwait(false);
                task.Value = total;
            }).ConfigureAwait(false);
        return result;
    }
}
