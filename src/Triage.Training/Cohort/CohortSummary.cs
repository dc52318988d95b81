using Triage.Reports.Statistics;
using Triage.Cohort;
using Triage.Engine.News2;
using Triage.Training.Evaluation;

namespace Triage.Training.Cohort;

/// <summary>What a cohort looks like, and whether NEWS2 discriminates in it as it does in the published study.</summary>
public sealed record CohortSummary(int Rows, int SeriousOutcomes, int CompleteAdultRows, double News2AurocCompleteAdults, double News2AurocAllAdults,
    IReadOnlyDictionary<string, (int Rows, int Serious)> ByArchetype)
{
    public bool MeetsCalibrationTarget => CalibrationTarget.Meets(News2AurocCompleteAdults);

    public static CohortSummary Of(IReadOnlyList<LabelledCase> cohort)
    {
        var adults = cohort.Select(c => (c, News2: News2Calculator.Score(c.Case))).Where(x => x.News2 is not null).ToList();
        var complete = adults.Where(x => x.News2!.MissingParameters.Count == 0).ToList();
        double Auc(IEnumerable<(LabelledCase c, News2Score? News2)> rows)
        {
            var list = rows.ToList();
            return Discrimination.Auroc(list.Select(x => new ScoredOutcome(x.News2!.Total, x.c.SeriousOutcome)).ToList()) ?? double.NaN;
        }

        return new CohortSummary(
            cohort.Count,
            cohort.Count(c => c.SeriousOutcome),
            complete.Count,
            Auc(complete),
            Auc(adults),
            cohort.GroupBy(c => c.Archetype).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (g.Count(), g.Count(c => c.SeriousOutcome))));
    }
}
