using Triage.Engine.News2;

namespace Triage.Engine.Cases;

/// <summary>
/// The row of the RCP NEWS2 chart (2017, chart 1) that scores a vital sign. The bands themselves stay in
/// <see cref="News2Chart"/>, where the chart is cited; this only says which row belongs to which reading.
/// </summary>
/// <param name="ScoreField">The field of the result's NEWS2 message that carries this row's points (triage.v1.News2).</param>
/// <param name="Points">The row's points in an engine score; null when the reading was not taken.</param>
public sealed record News2Row(string ScoreField, Func<News2Score, int?> Points);
