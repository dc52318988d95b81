namespace Triage.Reports.Accuracy;

/// <summary>
/// A candidate model scored in shadow, side by side with the advice actually given, both measured on the same
/// concluded cases: those of the report's scope that the candidate has scored.
/// </summary>
/// <param name="Concluded">Concluded cases in the scope; fewer are compared while the candidate is still catching up.</param>
public sealed record ModelComparison(string CandidateVersion, int Concluded, ModelPerformance Active, ModelPerformance Candidate)
{
    public int Compared => Active.Accuracy.Concluded;
}
