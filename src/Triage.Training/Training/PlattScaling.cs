namespace Triage.Training.Training;

/// <summary>ML.NET's Platt calibrator: P = 1 / (1 + exp(Slope · score + Offset)), fitted on validation scores.</summary>
public sealed record PlattScaling(double Slope, double Offset)
{
    public double Probability(double score) => 1 / (1 + Math.Exp(Slope * score + Offset));
}
