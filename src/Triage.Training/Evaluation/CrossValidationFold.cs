namespace Triage.Training.Evaluation;

/// <summary>One fold of the cross-validation by hospital: a model trained without these hospitals, scored on them.</summary>
/// <param name="Nurses">Null where the data has no triage by nurses (synthetic rows).</param>
/// <param name="News2Adults">Null when the fold's adults where NEWS2 applies have no serious outcome.</param>
/// <param name="CaughtInTop15Percent">Serious outcomes among the model's top 15 % of the fold's visits.</param>
public sealed record CrossValidationFold(
    int Fold, int Sites, int Visits, int SeriousOutcomes, double Model, double? Nurses, double? News2Adults, double? ModelAdults, double CaughtInTop15Percent);
