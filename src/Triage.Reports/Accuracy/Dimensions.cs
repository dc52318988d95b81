using System.Globalization;
using Triage.Engine;
using Triage.Reports.Cases;
using Triage.Contracts;

namespace Triage.Reports.Accuracy;

/// <summary>The ways administrators slice the accuracy report, each a name and a key for a case.</summary>
public static class Dimensions
{
    public static readonly IReadOnlyList<(string Name, Func<ReportCase, string> Key)> All =
    [
        ("model_version", ModelVersionOf),
        ("month", c => Month(c.ReceivedAtUtc)),
        ("week", c => $"{ISOWeek.GetYear(c.ReceivedAtUtc)}-W{ISOWeek.GetWeekOfYear(c.ReceivedAtUtc):00}"),
        ("region", c => c.RegionId),
        ("district", c => c.DistrictId),
        ("clinic", c => c.ClinicId),
        ("patient_group", c => c.Group.ToString().ToLowerInvariant()),
        ("specialty", c => WireName.Of(c.Specialty)),
        ("insurance", c => WireName.Of(c.Insurance)),
        ("social_category", c => WireName.Of(c.SocialCategory)),
    ];

    public static string ModelVersionOf(ReportCase c) => c.ModelVersion == "" ? "(rules only)" : c.ModelVersion;

    public static string Month(DateTime utc) => utc.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
