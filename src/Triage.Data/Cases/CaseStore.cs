using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Triage.Contracts.V1;
using Triage.Data.Audit;
using Triage.Data.Consults;

namespace Triage.Data.Cases;

/// <summary>
/// Stores acknowledged cases exactly once. One writer checks each commit's client_case_ids before inserting; the
/// unique index on client_case_id decides between writers of several gateways on one database. The case and its
/// first event commit in one transaction, shared with the other cases arriving at the same moment
/// (<see cref="GroupCommitWriter"/>).
/// </summary>
public sealed class CaseStore : IAsyncDisposable
{
    private readonly IDbContextFactory<TriageDbContext> contexts;
    private readonly GroupCommitWriter writer;

    public CaseStore(IDbContextFactory<TriageDbContext> contexts, IDatabaseProvider provider, DatabaseWriteGate gate)
    {
        this.contexts = contexts;
        writer = new GroupCommitWriter(provider, provider.CaseBatches(contexts), gate);
    }

    /// <summary>Finds a case by the server's id or by the terminal's client_case_id.</summary>
    public async Task<StoredCase?> FindAsync(string caseId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(caseId, out var id))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id || c.ClientCaseId == caseId, cancellationToken);
    }

    /// <summary>Classifies <paramref name="stored"/> as a retry of <paramref name="contentHash"/> or a conflicting reuse of its id.</summary>
    public static StoreOutcome Compare(StoredCase stored, string contentHash) =>
        new(stored.ContentHash == contentHash ? StoreOutcomeKind.Duplicate : StoreOutcomeKind.Conflict, stored);

    /// <summary>
    /// Stores the case with its first events (the triage result, and the consult's opening when the case needs one),
    /// its consult and the submission's audit entry in one transaction, or reports the case already stored under
    /// its client_case_id (the audit entry is then committed naming that case).
    /// </summary>
    public async Task<StoreOutcome> AddAsync(
        CaseReport report, TriageResult result, IReadOnlyList<CaseEvent> events, Consult? consult, PendingAudit? audit, CancellationToken cancellationToken)
    {
        var caseId = Guid.Parse(result.CaseId);
        var receivedAtUtc = events[0].OccurredAt.ToDateTime();
        var contentHash = CaseFingerprint.Of(report);
        var stored = new StoredCase
        {
            Id = caseId,
            ClientCaseId = report.ClientCaseId,
            ContentHash = contentHash,
            ClinicId = report.ClinicId,
            RecordedAtUtc = report.RecordedAt.ToDateTime(),
            ReceivedAtUtc = receivedAtUtc,
            Report = report.ToByteArray(),
            Result = result.ToByteArray(),
            ReferralLevel = (int)result.ReferralLevel,
            Specialty = (int)result.Specialty,
            Risk = result.RiskEstimated ? result.Risk : null,
            News2Total = result.News2?.Total,
            ModelVersion = result.ModelVersion,
            LastSequence = events[^1].Sequence,
        };
        stored.Events.AddRange(events.Select(e => new StoredCaseEvent { CaseId = caseId, Sequence = e.Sequence, OccurredAtUtc = e.OccurredAt.ToDateTime(), Payload = e.ToByteArray() }));
        return await writer.AddAsync(new PendingCase(stored, consult, audit), cancellationToken);
    }

    public async Task<IReadOnlyList<CaseEvent>> EventsAfterAsync(Guid caseId, long afterSequence, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var payloads = await db.CaseEvents.AsNoTracking()
            .Where(e => e.CaseId == caseId && e.Sequence > afterSequence)
            .OrderBy(e => e.Sequence)
            .Select(e => e.Payload)
            .ToListAsync(cancellationToken);
        return payloads.Select(CaseEvent.Parser.ParseFrom).ToList();
    }

    public ValueTask DisposeAsync() => writer.DisposeAsync();
}
