namespace Triage.Training.Evaluation;

/// <summary>Who a vignette is about; the file spells them adult, child, pregnancy.</summary>
public enum VignettePopulation
{
    Adult,
    Child,
    Pregnancy,
}
