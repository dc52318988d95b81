using System.Text;
using Triage.Contracts.V1;
using Triage.Engine.Referral;
using Triage.Engine.Rules;
using Triage.Contracts;

namespace Triage.Engine.Tests.Docs;

/// <summary>Renders docs/clinical-rules.md from the rule tables and a referral policy, so the document cannot drift from the data.</summary>
public static class ClinicalRulesDocument
{
    public const string RelativePath = "docs/clinical-rules.md";

    public static string Render(ReferralPolicy policy)
    {
        var doc = new StringBuilder();
        doc.AppendLine("# Clinical rules");
        doc.AppendLine();
        doc.AppendLine("<!-- Generated from the rule tables (src/Triage.Engine/Rules) and the shipped referral policy");
        doc.AppendLine("     (src/Triage.Engine/Referral/referral-policy.json). Do not edit by hand: change the data, then run");
        doc.AppendLine("     TRIAGE_WRITE_DOCS=1 dotnet test tests/Triage.Engine.Tests --filter ClinicalRulesDocumentTests -->");
        doc.AppendLine();
        doc.AppendLine("Every rule is a floor: the result's level is the highest any rule sets, and a later risk model may raise it, never");
        doc.AppendLine("lower it. The specialty is the one named by the rules at that level, the earliest in the order below when they");
        doc.AppendLine("disagree; when none names one, the patient group's generalist (internal medicine, paediatrics, obstetrics).");
        doc.AppendLine("Levels and specialties come from the referral policy, which a region may replace with its own validated file;");
        doc.AppendLine("this list shows the shipped policy. Decisions that go beyond the sources are in [decisions.md](decisions.md).");
        doc.AppendLine();
        doc.AppendLine($"Specialty order: {string.Join(" > ", policy.SpecialtyOrder.Select(s => WireName.Of(s)))}.");
        doc.AppendLine();
        doc.AppendLine("| code | applies to | triggered by | level | specialty | red flag | source |");
        doc.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var rule in ClinicalRules.All)
        {
            var setting = policy.SettingFor(rule.Code);
            var specialty = setting.Specialty == Specialty.Unspecified ? "generalist" : WireName.Of(setting.Specialty);
            doc.AppendLine($"| `{rule.Code}` | {Groups(rule.AppliesTo)} | {rule.Trigger} | {WireName.Of(setting.Level)} | {specialty} | {(rule.IsRedFlag ? "yes" : "no")} | {rule.Source} |");
        }

        doc.AppendLine();
        doc.AppendLine("## Children's heart and breathing rates by age");
        doc.AppendLine();
        doc.AppendLine("Fast breathing under 5 years: WHO IMCI chart booklet 2014. Everything else: outside the 1st–99th centiles of");
        doc.AppendLine("Fleming et al., Lancet 2011.");
        doc.AppendLine();
        doc.AppendLine("| age from (months) | to below (months) | fast breathing from (/min) | slow breathing below (/min) | pulse below (/min) | pulse above (/min) |");
        doc.AppendLine("|---|---|---|---|---|---|");
        var from = 0;
        foreach (var band in PaediatricVitalBands.Table)
        {
            doc.AppendLine($"| {from} | {band.UpToMonths} | {band.FastBreathingFrom} | {band.SlowBreathingBelow} | {band.HeartRateBelow} | {band.HeartRateAbove} |");
            from = band.UpToMonths;
        }

        doc.AppendLine();
        doc.AppendLine("## Coverage");
        doc.AppendLine();
        doc.AppendLine("Free for every patient, whatever the insurance:");
        doc.AppendLine();
        foreach (var (level, code) in policy.Coverage.FreeForEveryone.OrderByDescending(p => p.Key))
        {
            doc.AppendLine($"- {WireName.Of(level)}: `{code}`");
        }

        doc.AppendLine();
        doc.AppendLine("Any other level (planned specialist care): `COVERAGE_OSMS` when insured under OSMS; otherwise `COVERAGE_LOCAL_BUDGET`");
        doc.AppendLine($"for social categories {string.Join(", ", policy.Coverage.LocalBudgetCategories.Order().Select(c => WireName.Of(c)))};");
        doc.AppendLine("otherwise `COVERAGE_NOT_COVERED` when uninsured and `COVERAGE_INSURANCE_UNKNOWN` when the status is not given.");
        return doc.ToString();
    }

    private static string Groups(PatientGroups groups) => groups switch
    {
        PatientGroups.All => "all",
        PatientGroups.NotChild => "adults, pregnancy",
        PatientGroups.Child | PatientGroups.Pregnant => "children, pregnancy",
        PatientGroups.Adult => "adults",
        PatientGroups.Child => "children",
        PatientGroups.Pregnant => "pregnancy",
        _ => groups.ToString(),
    };
}
