using Polly;
using Polly.Retry;

namespace Triage.Terminal.Link;

/// <summary>The one retry pipeline of the terminal, so submit, sync, watch and simulate ride out a broken link alike.</summary>
public static class LinkResilience
{
    /// <param name="onRetry">Told about each failure that will be retried, e.g. to show it to the feldsher.</param>
    public static ResiliencePipeline Create(RetrySettings settings, TerminalSession session, Action<string>? onRetry = null) =>
        settings.MaxRetries == 0 ? ResiliencePipeline.Empty : new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(TransientFaults.IsTransient),
                BackoffType = DelayBackoffType.Exponential,
                // Jitter spreads many terminals' retries out, so a gateway coming back is not hit by all at once.
                UseJitter = true,
                Delay = settings.FirstDelay,
                MaxDelay = settings.MaxDelay,
                MaxRetryAttempts = settings.MaxRetries,
                OnRetry = arguments =>
                {
                    if (arguments.Outcome.Exception is Grpc.Core.RpcException { StatusCode: Grpc.Core.StatusCode.Unauthenticated })
                    {
                        session.Forget();
                    }

                    onRetry?.Invoke($"{Describe(arguments.Outcome.Exception)}; trying again in {arguments.RetryDelay.TotalSeconds:0.0} s ({arguments.AttemptNumber + 1} of {settings.MaxRetries})");
                    return default;
                },
            })
            .Build();

    public static string Describe(Exception? exception) => exception switch
    {
        Grpc.Core.RpcException rpc => $"{rpc.StatusCode}: {rpc.Status.Detail}",
        null => "no answer",
        _ => exception.Message,
    };
}
