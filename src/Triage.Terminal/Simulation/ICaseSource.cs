using Triage.Contracts.V1;

namespace Triage.Terminal.Simulation;

/// <summary>Where the simulator's cases come from.</summary>
public interface ICaseSource
{
    /// <summary>A new case, with a fresh client_case_id, as recorded at <paramref name="clinicId"/> shortly before <paramref name="now"/>.</summary>
    CaseReport Next(string clinicId, DateTimeOffset now);
}
