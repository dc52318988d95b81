using Triage.Contracts.V1;

namespace Triage.Training.Evaluation;

/// <summary>What the engine advised for one vignette, with the rules' and the model's own levels to tell who decided.</summary>
/// <param name="ModelLevel">Null when the engine ran without a model.</param>
public sealed record VignetteOutcome(Vignette Vignette, ReferralLevel Level, ReferralLevel RuleLevel, ReferralLevel? ModelLevel)
{
    public bool Correct => Level == Vignette.ExpectedLevel;

    public bool OverTriaged => Level > Vignette.ExpectedLevel;

    public bool UnderTriaged => Level < Vignette.ExpectedLevel;

    /// <summary>The model, not the rules, set a level above the guideline's.</summary>
    public bool OverTriagedByModel => OverTriaged && RuleLevel <= Vignette.ExpectedLevel;
}
