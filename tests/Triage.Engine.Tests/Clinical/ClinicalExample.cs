using Triage.Contracts.V1;

namespace Triage.Engine.Tests.Clinical;

/// <param name="Codes">Rule codes that must be among the result's reasons.</param>
public sealed record ClinicalExample(CaseBuilder Case, ReferralLevel Level, Specialty Specialty, params string[] Codes);
