using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Triage.Contracts.V1;

namespace Triage.Data.Cases;

/// <summary>
/// Appends the next event of a case inside the caller's transaction. The conditional update of the case's
/// last sequence number, and the unique (case, sequence) index behind it, keep the numbering gapless and
/// single even when two writers race.
/// </summary>
internal static class CaseEventAppender
{
    public static async Task<CaseEvent> AppendAsync(TriageDbContext db, Guid caseId, DateTime atUtc, Action<CaseEvent> fill, CancellationToken cancellationToken)
    {
        var last = await db.Cases.Where(c => c.Id == caseId).Select(c => c.LastSequence).SingleAsync(cancellationToken);
        var next = last + 1;
        var claimed = await db.Cases
            .Where(c => c.Id == caseId && c.LastSequence == last)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastSequence, next), cancellationToken);
        if (claimed != 1)
        {
            throw new DbUpdateConcurrencyException($"Case {caseId} gained an event concurrently; retry.");
        }

        var caseEvent = new CaseEvent { CaseId = caseId.ToString(), Sequence = next, OccurredAt = Timestamp.FromDateTime(atUtc) };
        fill(caseEvent);
        db.CaseEvents.Add(new StoredCaseEvent { CaseId = caseId, Sequence = next, OccurredAtUtc = atUtc, Payload = caseEvent.ToByteArray() });
        await db.SaveChangesAsync(cancellationToken);
        return caseEvent;
    }
}
