using Microsoft.Extensions.Options;
using Triage.Data.Shadow;

namespace Triage.Gateway.Shadow;

/// <summary>
/// Scores committed cases with the candidate model in the background, oldest first, in batches, so intake never
/// waits for it and its result never changes. Each start walks every stored case once, so cases an earlier run left
/// unscored (a restart, a new candidate) are scored; after that only the newest cases are looked at.
/// </summary>
public sealed class ShadowScoringService(
    CandidateModel candidate,
    ShadowScoreStore store,
    IOptions<ShadowScoringOptions> options,
    TimeProvider clock,
    ILogger<ShadowScoringService> logger) : BackgroundService
{
    /// <summary>
    /// A case id is stamped before its commit, and concurrent commits may land out of order, so the walk goes back this
    /// far behind the last look for cases committed late. A case later still is scored at the next start.
    /// </summary>
    public static readonly TimeSpan SettleWindow = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var after = Guid.Empty;
        var caughtUp = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var looked = clock.GetUtcNow();
            try
            {
                var batch = await store.UnscoredAsync(candidate.ModelVersion, after, settings.BatchSize, stoppingToken);
                if (batch.Count > 0)
                {
                    var added = await store.AddAsync(ShadowScorer.Score(candidate, batch, clock.GetUtcNow().UtcDateTime), stoppingToken);
                    logger.LogDebug("Shadow-scored {Added} of {Count} cases with {ModelVersion}", added, batch.Count, candidate.ModelVersion);
                    after = batch[^1].Id;
                }

                if (batch.Count == settings.BatchSize)
                {
                    await Task.Delay(settings.BatchPause, clock, stoppingToken);
                    continue;
                }

                if (!caughtUp)
                {
                    logger.LogInformation("Candidate risk model {ModelVersion} has scored every stored case", candidate.ModelVersion);
                    caughtUp = true;
                }

                after = CaseIds.EarliestAt(looked - SettleWindow);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed batch is tried again at the next look; the active triage is unaffected either way.
                logger.LogError(e, "Shadow scoring with {ModelVersion} failed; trying again in {PollInterval}", candidate.ModelVersion, settings.PollInterval);
            }

            await Task.Delay(settings.PollInterval, clock, stoppingToken);
        }
    }
}
