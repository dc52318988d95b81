using System.Collections.Concurrent;
using Triage.Contracts.V1;
using Triage.Terminal.Simulation;

namespace Triage.EndToEnd.Tests.SeededRun;

/// <summary>The simulator's cohort source, keeping each case it hands out with its truth, by client_case_id.</summary>
public sealed class RecordingCaseSource(CohortCaseSource cohort, ConcurrentDictionary<string, SimulatedCase> sent) : ICaseSource
{
    public CaseReport Next(string clinicId, DateTimeOffset now)
    {
        var next = cohort.NextCase(clinicId, now);
        sent[next.Report.ClientCaseId] = next;
        return next.Report;
    }
}
