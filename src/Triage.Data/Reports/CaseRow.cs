using Triage.Data.Consults;
using Triage.Data.Shadow;

namespace Triage.Data.Reports;

/// <summary>One stored case as a report reads it: where it came from, its wire messages, its consult and shadow scores.</summary>
/// <param name="Report">The CaseReport as received.</param>
/// <param name="Result">The TriageResult as stored.</param>
public sealed record CaseRow(
    Guid Id, string RegionId, string DistrictId, string ClinicId, DateTime ReceivedAtUtc, string ModelVersion, byte[] Report, byte[] Result,
    Consult? Consult, IReadOnlyList<ShadowScore> ShadowScores);
