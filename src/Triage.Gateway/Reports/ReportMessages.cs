using Google.Protobuf.WellKnownTypes;
using Triage.Reports;
using Triage.Reports.Accuracy;
using Triage.Reports.Statistics;
using Wire = Triage.Contracts.V1;

namespace Triage.Gateway.Reports;

/// <summary>The report in the wire contract's terms.</summary>
public static class ReportMessages
{
    public static Wire.TriageReport ToMessage(this TriageReport report)
    {
        var message = new Wire.TriageReport
        {
            From = Timestamp.FromDateTime(DateTime.SpecifyKind(report.Scope.FromUtc, DateTimeKind.Utc)),
            To = Timestamp.FromDateTime(DateTime.SpecifyKind(report.Scope.ToUtc, DateTimeKind.Utc)),
            RegionId = report.Scope.RegionId ?? "",
            Cases = report.Cases,
            Caveats = { report.Caveats },
            Overall = Summary(report.Accuracy.Overall),
            RiskViews = { report.Accuracy.RiskViews.Select(Risk) },
            Breakdowns = { report.Accuracy.Breakdowns.Select(b => new Wire.Breakdown { Dimension = b.Dimension, Rows = { b.Rows.Select(r => new Wire.BreakdownRow { Key = r.Key, Accuracy = Summary(r.Accuracy) }) } }) },
            ModelComparisons = { report.Accuracy.ModelComparisons.Select(Comparison) },
            Operations = new Wire.Operations
            {
                Clinics = { report.Operations.Clinics.Select(c => new Wire.ClinicLoad { ClinicId = c.ClinicId, DistrictId = c.DistrictId, Cases = c.Cases, Consults = c.Consults }) },
                SubmissionToClaim = Waiting(report.Operations.SubmissionToClaim),
                SubmissionToConclusion = Waiting(report.Operations.SubmissionToConclusion),
                Consults = report.Operations.Consults,
                Escalated = report.Operations.Escalated,
                Unclaimed = report.Operations.Unclaimed,
            },
        };
        message.Coverage.AddRange(report.Coverage.Select(d => new Wire.DistrictCoverage
        {
            DistrictId = d.DistrictId,
            Triaged = d.Triaged,
            Insured = Share(d.Insured),
            Uninsured = Share(d.Uninsured),
            SocialCategoryDOrE = Share(d.CategoryDOrE),
            UninsuredPlannedReferrals = d.UninsuredPlannedReferrals,
            CoveredByLocalBudget = d.CoveredByLocalBudget,
        }));
        return message;
    }

    private static Wire.AccuracySummary Summary(AccuracySummary a) => new()
    {
        Concluded = a.Concluded,
        Confusion = { a.Matrix.Counts.SelectMany(row => row) },
        ExactAgreement = Share(a.ExactAgreement),
        WeightedKappa = Estimate(a.WeightedKappa, a.WeightedKappa95),
        UnderTriage = Share(a.UnderTriage),
        OverTriage = Share(a.OverTriage),
        EmergencySensitivity = Share(a.EmergencySensitivity),
        UrgentOrAboveSensitivity = Share(a.UrgentOrAboveSensitivity),
        SmallCell = a.IsSmall,
    };

    private static Wire.ModelComparison Comparison(ModelComparison comparison) => new()
    {
        CandidateVersion = comparison.CandidateVersion,
        Concluded = comparison.Concluded,
        Compared = comparison.Compared,
        Active = Performance(comparison.Active),
        Candidate = Performance(comparison.Candidate),
    };

    private static Wire.ModelPerformance Performance(ModelPerformance side) => new()
    {
        Label = side.Label,
        ModelVersions = { side.ModelVersions },
        Accuracy = Summary(side.Accuracy),
        RiskViews = { side.RiskViews.Select(Risk) },
    };

    private static Wire.RiskView Risk(RiskSummary view)
    {
        var message = new Wire.RiskView
        {
            Scorer = view.Scorer,
            Cases = view.Cases,
            Outcomes = view.Outcomes,
            Auroc = Estimate(view.Auroc, view.Auroc95),
            Calibration = { view.CalibrationTable.Select(b => new Wire.CalibrationDecile { Bin = b.Bin, Count = b.Count, MeanPredicted = b.MeanPredicted, Observed = Share(b.Observed) }) },
        };
        if (view.Brier is { } brier)
        {
            message.Brier = brier;
        }

        return message;
    }

    private static Wire.Share Share(Proportion share)
    {
        var message = new Wire.Share { Successes = share.Successes, Trials = share.Trials, SmallCell = share.IsSmall };
        if (share.Value is { } value)
        {
            (message.Value, message.CiLower, message.CiUpper) = (value, share.Wilson95!.Lower, share.Wilson95.Upper);
        }

        return message;
    }

    private static Wire.IntervalEstimate Estimate(double? value, Interval? interval)
    {
        var message = new Wire.IntervalEstimate();
        if (value is { } v)
        {
            message.Value = v;
        }

        if (interval is not null)
        {
            (message.CiLower, message.CiUpper) = (interval.Lower, interval.Upper);
        }

        return message;
    }

    private static Wire.Waiting Waiting(Triage.Reports.Operations.Duration duration)
    {
        var message = new Wire.Waiting { Count = duration.Count };
        if (duration.MedianMinutes is { } median)
        {
            (message.MedianMinutes, message.P90Minutes) = (median, duration.P90Minutes!.Value);
        }

        return message;
    }
}
