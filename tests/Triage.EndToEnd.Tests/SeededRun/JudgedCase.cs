using Triage.Contracts.V1;
using Triage.Engine;
using Triage.Terminal.Simulation;

namespace Triage.EndToEnd.Tests.SeededRun;

/// <summary>One case of the seeded run: as sent, as the engine assesses it on its own, and as the specialist concluded.</summary>
public sealed record JudgedCase(SimulatedCase Sent, TriageAssessment Engine, ReferralLevel Final)
{
    public bool FinalEmergency => Final == ReferralLevel.Emergency;
}
