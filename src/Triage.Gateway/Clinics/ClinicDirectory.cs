using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Triage.Data;

namespace Triage.Gateway.Clinics;

/// <summary>Answers "is this a registered clinic?" from memory once a clinic has been seen, so intake does not query for it every time.</summary>
public sealed class ClinicDirectory(IDbContextFactory<TriageDbContext> contexts)
{
    private readonly ConcurrentDictionary<string, bool> known = new(StringComparer.Ordinal);

    public async ValueTask<bool> ExistsAsync(string clinicId, CancellationToken cancellationToken)
    {
        if (known.ContainsKey(clinicId))
        {
            return true;
        }

        // Unknown ids are not cached: a clinic registered later must be accepted without a restart.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Clinics.AnyAsync(c => c.Id == clinicId, cancellationToken))
        {
            known.TryAdd(clinicId, true);
            return true;
        }

        return false;
    }
}
