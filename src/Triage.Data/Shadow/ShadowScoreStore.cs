using Microsoft.EntityFrameworkCore;
using Triage.Data.Cases;

namespace Triage.Data.Shadow;

/// <summary>
/// Finds committed cases that a candidate model has not scored yet and keeps its scores in a table of their own, so
/// the stored case and the result its terminal got are never touched. (case, model version) is the key: a case is
/// scored once per version however often it is offered and however many gateways score.
/// </summary>
public sealed class ShadowScoreStore(IDbContextFactory<TriageDbContext> contexts, IDatabaseProvider provider, DatabaseWriteGate gate)
{
    /// <summary>
    /// Up to <paramref name="limit"/> cases with an id above <paramref name="after"/>, in id order, that have no score
    /// by <paramref name="modelVersion"/>. Case ids are time-ordered (UUID v7), so this walks the primary key from
    /// oldest to newest and reads a case's row only when it is returned.
    /// </summary>
    public async Task<IReadOnlyList<UnscoredCase>> UnscoredAsync(string modelVersion, Guid after, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Cases.AsNoTracking()
            .Where(c => c.Id.CompareTo(after) > 0 && !db.ShadowScores.Any(s => s.CaseId == c.Id && s.ModelVersion == modelVersion))
            .OrderBy(c => c.Id)
            .Take(limit)
            .Select(c => new UnscoredCase(c.Id, c.Report, c.Result))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Stores the scores; any already stored (by an earlier run or another gateway) are left as they are.</summary>
    /// <returns>How many were new.</returns>
    public async Task<int> AddAsync(IReadOnlyList<ShadowScore> scores, CancellationToken cancellationToken)
    {
        try
        {
            // Through the gate the case writer uses: on SQLite a background write queues behind a commit of cases
            // instead of sleeping on the file lock.
            return await gate.RunAsync(async () =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                db.ShadowScores.AddRange(scores);
                return await db.SaveChangesAsync(cancellationToken);
            });
        }
        catch (DbUpdateException e) when (scores.Count > 1 || provider.IsUniqueViolation(e))
        {
            if (scores.Count == 1)
            {
                return 0;
            }

            // Nothing of the batch was stored; some of it was already there: store the rest one by one.
            var added = 0;
            foreach (var score in scores)
            {
                added += await AddAsync([score], cancellationToken);
            }

            return added;
        }
    }
}
