using Grpc.Health.V1;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Triage.Terminal.Link;
using Triage.Terminal.Outbox;
using Triage.Terminal.Sync;

namespace Triage.Terminal.App.Link;

/// <summary>
/// Forwards the outbox whenever the gateway answers, with nobody pressing a button: it looks for the gateway every
/// few seconds (sooner when a case is queued) and runs the terminal's ordinary sync. The outbox is the only state,
/// so closing the browser or stopping the app mid-sync loses nothing: the next round sends what was not answered.
/// </summary>
internal sealed class BackgroundSync(
    CaseOutbox outbox,
    TerminalSession session,
    ClinicAppSettings settings,
    LinkMonitor link,
    SyncTrigger trigger,
    ILogger<BackgroundSync> logger) : BackgroundService
{
    // Each round gives up quickly: the loop itself is the retry, and the indicator should turn red within seconds.
    private static readonly RetrySettings OneTry = RetrySettings.Default with { MaxRetries = 0 };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await RoundAsync(stoppingToken);
            try
            {
                await trigger.WaitAsync(settings.SyncEvery, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task RoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            await session.Health.CheckAsync(new HealthCheckRequest(), deadline: session.Deadline(), cancellationToken: stoppingToken);
            link.Answered();
            if ((await outbox.CountAsync(stoppingToken)).Pending == 0)
            {
                return;
            }

            var report = await new OutboxSync(outbox, session, new SyncSettings(SyncSettings.Default.BatchSize, settings.CallTimeout, OneTry)).RunAsync(cancellationToken: stoppingToken);
            if (report.LastError is { } error)
            {
                link.Unreachable(error);
            }
            else
            {
                link.Answered();
            }
        }
        catch (SignInRefusedException e)
        {
            link.Refused(e.Message);
        }
        catch (Exception e) when (TransientFaults.IsTransient(e))
        {
            link.Unreachable(LinkResilience.Describe(e));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what was not answered stays queued.
        }
        catch (Exception e)
        {
            // Anything else (a full disk, a corrupt answer) must not stop the loop for good; the next round tries again.
            logger.LogError(e, "Background sync round failed");
            link.Unreachable(e.Message);
        }
    }
}
