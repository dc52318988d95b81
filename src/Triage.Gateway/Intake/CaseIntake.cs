using System.Security.Claims;
using Google.Protobuf.WellKnownTypes;
using Telemed.Hub.Consults;
using Telemed.Hub.Routing;
using Triage.Contracts.V1;
using Triage.Data.Cases;
using Triage.Data.Consults;
using Triage.Engine;
using Triage.Engine.Wire;
using Triage.Gateway.Auth;
using Triage.Data.Geography;

namespace Triage.Gateway.Intake;

/// <summary>
/// Takes one case from a terminal: validate, recognise retries, triage, route a consult when the level calls
/// for one, commit case and consult together, then notify. A reply is only ever built from a committed case.
/// </summary>
public sealed class CaseIntake(
    TriageEngine engine,
    CaseStore store,
    ClinicPlaces clinics,
    CaseAccess access,
    ConsultWorkflow consults,
    ConsultNotifier notifier,
    TimeProvider clock,
    ILogger<CaseIntake> logger)
{
    public async Task<IntakeOutcome> SubmitAsync(CaseReport? report, ClaimsPrincipal user, string source, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await ValidateAsync(report, now, cancellationToken);
        var audit = await access.AuthorizeSubmissionAsync(user, report!.ClinicId, source, cancellationToken);

        // A retry is recognised when it is stored (one check per group commit), so it is triaged again here and
        // that work is dropped: cheaper than a lookup for every case, since most cases are new.
        var caseId = Guid.CreateVersion7(now);
        var result = engine.Assess(report.ToClinicalCase()).ToResult(caseId.ToString(), report.ClientCaseId, now);
        var triaged = new CaseEvent
        {
            CaseId = result.CaseId,
            Sequence = 1,
            OccurredAt = Timestamp.FromDateTimeOffset(now),
            Triaged = new CaseTriaged { Result = result },
        };

        var events = new List<CaseEvent> { triaged };
        Consult? consult = null;
        if (ConsultWorkflow.OpensAutomatically(result.ReferralLevel))
        {
            (consult, var opened) = await consults.PlanAsync(caseId, report, result, ConsultWorkflow.EngineRequester, "", cancellationToken);
            events.Add(new CaseEvent { CaseId = result.CaseId, Sequence = 2, OccurredAt = triaged.OccurredAt, ConsultOpened = opened });
        }

        var outcome = await store.AddAsync(report, result, events, consult, audit, cancellationToken);
        if (outcome.Kind == StoreOutcomeKind.Stored)
        {
            logger.LogInformation("Case {CaseId} from clinic {ClinicId} stored at level {Level}", result.CaseId, report.ClinicId, result.ReferralLevel);
            await notifier.PublishAsync(consult, events);
        }

        return Answer(outcome, report, result);
    }

    private async Task ValidateAsync(CaseReport? report, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var violations = CaseReportValidator.Validate(report, now).ToList();
        var clinicIdValid = violations.All(v => v.Field != "case.clinic_id");
        if (report is not null && clinicIdValid && await clinics.FindAsync(report.ClinicId, cancellationToken) is null)
        {
            violations.Add(new FieldViolation("case.clinic_id", $"must be a registered clinic; '{report.ClinicId}' is not known to this gateway"));
        }

        if (violations.Count > 0)
        {
            throw new CaseValidationException(violations);
        }
    }

    private IntakeOutcome Answer(StoreOutcome outcome, CaseReport report, TriageResult triaged)
    {
        switch (outcome.Kind)
        {
            case StoreOutcomeKind.Stored:
                // Just committed from this very result, so it is not read back.
                return new IntakeOutcome(triaged, Duplicate: false);
            case StoreOutcomeKind.Duplicate:
                logger.LogInformation("Case {CaseId} resubmitted; answered from storage", outcome.Case.Id);
                return new IntakeOutcome(TriageResult.Parser.ParseFrom(outcome.Case.Result), Duplicate: true);
            default:
                logger.LogWarning("client_case_id {ClientCaseId} reused with different content; refused", report.ClientCaseId);
                throw new CaseConflictException(report.ClientCaseId, outcome.Case.Id.ToString());
        }
    }
}
