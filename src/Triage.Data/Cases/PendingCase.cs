using Triage.Data.Consults;

namespace Triage.Data.Cases;

/// <summary>A case waiting for the next group commit, and the caller waiting for its outcome.</summary>
internal sealed record PendingCase(StoredCase Case, Consult? Consult)
{
    public TaskCompletionSource<StoreOutcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
