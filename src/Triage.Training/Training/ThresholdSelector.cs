using Triage.Engine.Model;

namespace Triage.Training.Training;

/// <summary>Sets each level's risk threshold as high as it can be while still catching the stated share of serious outcomes.</summary>
public static class ThresholdSelector
{
    public static LevelThresholds Select(IReadOnlyList<float> risks, IReadOnlyList<bool> labels, LevelSensitivities target) =>
        new(ForSensitivity(risks, labels, target.RoutineReferral), ForSensitivity(risks, labels, target.UrgentReferral), ForSensitivity(risks, labels, target.Emergency));

    public static double ForSensitivity(IReadOnlyList<float> risks, IReadOnlyList<bool> labels, double sensitivity)
    {
        var positives = risks.Where((_, i) => labels[i]).OrderDescending().ToArray();
        if (positives.Length == 0)
        {
            throw new InvalidOperationException("No serious outcomes in the validation data: thresholds cannot be set.");
        }

        var needed = (int)Math.Ceiling(sensitivity * positives.Length);
        return positives[Math.Clamp(needed, 1, positives.Length) - 1];
    }
}
