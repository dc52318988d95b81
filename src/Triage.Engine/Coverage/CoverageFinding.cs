using Triage.Contracts.V1;

namespace Triage.Engine.Coverage;

/// <summary>A coverage outcome before it is put into words; its text is <c>Coverage_{Code}</c>.</summary>
public sealed record CoverageFinding(string Code, CoverageStatus Status);
