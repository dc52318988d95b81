using Triage.Engine;
using Triage.Engine.Wire;

namespace Triage.Training.Evaluation;

/// <summary>
/// Runs the real engine, as the gateway runs it, over vignettes written from published guidelines: a check that
/// owes nothing to the rules' own tests or to the model's training data.
/// </summary>
public static class VignetteBenchmark
{
    /// <summary>The shipped vignette set through <paramref name="engine"/>.</summary>
    public static VignetteReport Run(TriageEngine engine) => Run(engine, VignetteSet.Shipped());

    public static VignetteReport Run(TriageEngine engine, IReadOnlyList<Vignette> vignettes)
    {
        var results = vignettes.Select(v => (Vignette: v, Result: engine.Assess(v.Case.ToClinicalCase()))).ToList();
        return new VignetteReport(
            results.Select(r => new VignetteOutcome(r.Vignette, r.Result.Level, r.Result.RuleLevel, r.Result.ModelLevel)).ToList(),
            results.Select(r => r.Result.ModelVersion).FirstOrDefault(v => v is not null));
    }
}
