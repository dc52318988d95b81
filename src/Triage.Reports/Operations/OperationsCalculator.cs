using Triage.Reports.Cases;
using Triage.Reports.Statistics;

namespace Triage.Reports.Operations;

public static class OperationsCalculator
{
    public static OperationsReport Report(IReadOnlyList<ReportCase> cases)
    {
        var consults = cases.Where(c => c.Consult is not null).ToList();
        var clinics = cases
            .GroupBy(c => (c.ClinicId, c.DistrictId))
            .Select(g => new ClinicLoad(g.Key.ClinicId, g.Key.DistrictId, g.Count(), g.Count(c => c.Consult is not null)))
            .OrderByDescending(c => c.Cases).ThenBy(c => c.ClinicId, StringComparer.Ordinal)
            .ToList();
        return new OperationsReport(
            clinics,
            Waiting(consults, c => c.Consult!.ClaimedAtUtc),
            Waiting(consults, c => c.Consult!.ConcludedAtUtc),
            consults.Count,
            consults.Count(c => c.Consult!.Escalated),
            consults.Count(c => c.Consult!.ClaimedAtUtc is null));
    }

    private static Duration Waiting(IEnumerable<ReportCase> consults, Func<ReportCase, DateTime?> until)
    {
        var minutes = consults
            .Where(c => until(c) is not null)
            .Select(c => (until(c)!.Value - c.ReceivedAtUtc).TotalMinutes)
            .ToList();
        return new Duration(minutes.Count, Quantiles.Of(minutes, 0.5), Quantiles.Of(minutes, 0.9));
    }
}
