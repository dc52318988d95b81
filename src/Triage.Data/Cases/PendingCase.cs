using Triage.Data.Audit;
using Triage.Data.Consults;

namespace Triage.Data.Cases;

/// <summary>A case waiting for the next group commit, and the caller waiting for its outcome.</summary>
/// <param name="Audit">The submission's audit entry, committed with the case (or with the answer that it was already stored).</param>
public sealed record PendingCase(StoredCase Case, Consult? Consult, PendingAudit? Audit)
{
    public TaskCompletionSource<StoreOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
