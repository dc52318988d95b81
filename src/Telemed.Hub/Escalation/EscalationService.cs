using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telemed.Hub.Consults;
using Triage.Contracts.V1;
using Triage.Data.Consults;

namespace Telemed.Hub.Escalation;

/// <summary>
/// Escalates consults nobody claimed in time (EMERGENCY after 2 minutes, URGENT after 30 by default): their
/// region's and the neighbouring regions' specialists of every specialty are told, and the escalation is stored.
/// </summary>
public sealed class EscalationService(
    ConsultStore consults,
    ConsultWorkflow workflow,
    SpecialistDirectory specialists,
    IOptions<EscalationOptions> options,
    TimeProvider clock,
    ILogger<EscalationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ScanInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await EscalateDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed scan must not stop escalation for good; the next tick tries again.
                logger.LogError(e, "Escalation scan failed");
            }
        }
    }

    public async Task EscalateDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (level, after) in new[] { (ReferralLevel.Emergency, options.Value.EmergencyAfter), (ReferralLevel.UrgentReferral, options.Value.UrgentAfter) })
        {
            foreach (var consult in await consults.UnclaimedSinceAsync((int)level, now - after, cancellationToken))
            {
                var regions = new[] { consult.RegionId }.Concat(await specialists.NeighboursOfAsync(consult.RegionId, cancellationToken)).ToList();
                if (await workflow.EscalateAsync(consult, regions, cancellationToken))
                {
                    logger.LogWarning("Consult {ConsultId} ({Level}) unclaimed since {OpenedAt:O}: escalated to {Regions}", consult.Id, level, consult.OpenedAtUtc, regions);
                }
            }
        }
    }
}
