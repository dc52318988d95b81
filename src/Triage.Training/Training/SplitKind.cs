namespace Triage.Training.Training;

/// <summary>How visits are split into train, validation and test.</summary>
public enum SplitKind
{
    /// <summary>Whole hospitals to one part: the test visits come from hospitals the model never saw (the default).</summary>
    Hospital,

    /// <summary>Visit by visit, ignoring hospitals: the figure a random split gives, to set beside the other.</summary>
    Random,
}
