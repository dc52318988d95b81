using Spectre.Console;

namespace Triage.Terminal.Commands;

/// <summary>
/// A progress bar on standard error for long runs, only when a person is watching: scripts and redirected
/// output get the results alone.
/// </summary>
internal static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(TextWriter error, bool json, string description, Func<IProgress<(int Done, int Total)>?, Task<T>> work)
    {
        if (json || error != Console.Error || Console.IsErrorRedirected)
        {
            return await work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(description);
                var progress = new Progress<(int Done, int Total)>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                var result = await work(progress);
                task.Value = task.MaxValue;
                return result;
            });
    }
}
