using Triage.Cohort;
using Triage.Engine.Cases;

namespace Triage.Training.Training;

/// <summary>One visit the model learns from or is judged on: the case, its outcome, where it was seen and how the nurse triaged it.</summary>
/// <param name="Site">The hospital (or, for synthetic rows, the row itself): the unit that splits keep together.</param>
/// <param name="NurseImmediacy">The triage nurse's immediacy, 1 immediate … 5 non-urgent; null when not triaged or synthetic.</param>
public sealed record LabelledVisit(ClinicalCase Case, bool Serious, string Site, int? NurseImmediacy, bool Synthetic)
{
    /// <param name="synthetic">False for labelled cases read from a file of real visits.</param>
    public static LabelledVisit FromCohort(LabelledCase labelled, int index, bool synthetic = true) =>
        new(labelled.Case, labelled.SeriousOutcome, $"case-{index}", null, synthetic);
}
