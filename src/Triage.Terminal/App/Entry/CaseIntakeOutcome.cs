using Triage.Engine.Wire;

namespace Triage.Terminal.App.Entry;

/// <summary>What became of a case typed on the form: queued, or why not.</summary>
public sealed record CaseIntakeOutcome(
    string? ClientCaseId,
    IReadOnlyList<FieldViolation> Violations,
    IReadOnlyList<UnusualValue> Unconfirmed,
    bool IdTaken)
{
    public static CaseIntakeOutcome Queued(string clientCaseId) => new(clientCaseId, [], [], false);

    public static CaseIntakeOutcome Invalid(IReadOnlyList<FieldViolation> violations) => new(null, violations, [], false);

    public static CaseIntakeOutcome ToConfirm(IReadOnlyList<UnusualValue> unconfirmed) => new(null, [], unconfirmed, false);

    /// <summary>Another case already holds this client_case_id.</summary>
    public static CaseIntakeOutcome Conflict() => new(null, [], [], true);
}
