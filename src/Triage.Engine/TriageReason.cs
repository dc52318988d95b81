using Triage.Contracts.V1;

namespace Triage.Engine;

/// <summary>Why the engine said what it said, in words the feldsher reads.</summary>
/// <param name="Weight">For a rule, the referral level it sets (1–4); for the model, its contribution to the risk.</param>
public sealed record TriageReason(string Code, ReasonSource Source, string Text, double Weight);
