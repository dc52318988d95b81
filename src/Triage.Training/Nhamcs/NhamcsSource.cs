using Triage.Training.Cohort;
using Triage.Training.Training;

namespace Triage.Training.Nhamcs;

/// <summary>The NHAMCS visits as labelled training data, with the description the manifest and card carry.</summary>
public static class NhamcsSource
{
    public static (List<LabelledVisit> Visits, DataSource Source) Load(string folder)
    {
        var map = ReasonForVisitMap.Read(Path.Combine(folder, ReasonForVisitMap.FileName));
        var visits = new NhamcsVisits(map).Labelled(NhamcsFile.Read(folder)).ToList();
        return (visits, DataSource.Nhamcs(visits.Count, visits.Select(v => v.Site).Distinct().Count()));
    }
}
