using Triage.Contracts.V1;

namespace Triage.Training.Evaluation;

/// <summary>
/// One written patient: the case as a terminal would send it, and the disposition the published guideline it
/// follows gives it (<paramref name="Source"/>), written from the guideline and never from the engine's rules.
/// </summary>
public sealed record Vignette(string Id, VignetteCategory Category, VignettePopulation Population, string Title, string Source, CaseReport Case)
{
    public ReferralLevel ExpectedLevel => Category.ExpectedLevel();
}
