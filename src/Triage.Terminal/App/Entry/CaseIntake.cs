using Google.Protobuf.WellKnownTypes;
using Triage.Contracts.V1;
using Triage.Engine;
using Triage.Engine.Wire;
using Triage.Terminal.App.Link;
using Triage.Terminal.Outbox;

namespace Triage.Terminal.App.Entry;

/// <summary>
/// A case typed on the form: checked by the engine's validator, unusual values confirmed, committed to the outbox
/// first, then assessed on this machine with the gateway's own engine, and the sync woken to forward it.
/// </summary>
public sealed class CaseIntake(CaseOutbox outbox, TriageEngine engine, ClinicAppSettings settings, SyncTrigger sync, TimeProvider clock)
{
    public async Task<CaseIntakeOutcome> TakeAsync(CaseReport report, IReadOnlySet<string> confirmed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();

        // The health post and the time are the terminal's to say, not the page's.
        report.ClinicId = settings.ClinicId;
        report.RecordedAt = Timestamp.FromDateTimeOffset(now);
        var violations = CaseReportValidator.Validate(report, now);
        if (violations.Count > 0)
        {
            return CaseIntakeOutcome.Invalid(violations);
        }

        var unconfirmed = UnusualValues.Find(CaseFields.ValuesOf(report)).Where(u => !confirmed.Contains(u.Field)).ToList();
        if (unconfirmed.Count > 0)
        {
            return CaseIntakeOutcome.ToConfirm(unconfirmed);
        }

        switch (await outbox.EnqueueAsync(report, cancellationToken))
        {
            case EnqueueOutcome.Conflict:
                return CaseIntakeOutcome.Conflict();
            case EnqueueOutcome.Added:
                var local = engine.Assess(report.ToClinicalCase()).ToResult("", report.ClientCaseId, now);
                await outbox.RecordLocalResultAsync(report.ClientCaseId, local, cancellationToken);
                sync.Pull();
                break;
        }

        // A repeated save of the same case (a double click, a retried request) is answered like the first.
        return CaseIntakeOutcome.Queued(report.ClientCaseId);
    }
}
