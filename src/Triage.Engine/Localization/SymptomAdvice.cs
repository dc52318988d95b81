using Triage.Contracts.V1;
using Triage.Engine.Cases;
using Triage.Contracts;

namespace Triage.Engine.Localization;

/// <summary>
/// Advice tied to a complaint rather than to a level: what to do for it at the post and which signs turn it into
/// something more urgent. Texts are Resources/Texts*.resx entries SymptomAdvice_CODE; their sources: insect sting,
/// Resuscitation Council UK anaphylaxis (2021) and NICE CKS Insect bites and stings; red eye, NICE CKS Red eye;
/// jaundice, NICE CG98 neonatal jaundice and NICE CKS Jaundice in adults; difficulty swallowing and ulcers lasting
/// three weeks, NICE NG12 suspected cancer; one painful swollen limb, NICE NG158 venous thromboembolic diseases; ear
/// discharge, WHO IMCI chart booklet 2014 (wicking; mastoiditis; chronic ear infection from 14 days); constipation,
/// NICE CKS Constipation; mouth ulcers, NICE CKS Aphthous ulcer; wounds, WHO Best practice for the care of wounds
/// (IMEESC, 2007) and tetanus vaccines position paper (2017); toothache, SDCEP Management of acute dental problems
/// (2013); photophobia, NICE NG240 meningitis and NICE CKS Red eye.
/// </summary>
public static class SymptomAdvice
{
    public static string KeyOf(Symptom symptom) => $"SymptomAdvice_{WireName.Of(symptom)}";

    /// <summary>The advice for each of the case's complaints that has one, in code order, in <paramref name="language"/>.</summary>
    public static IEnumerable<string> For(ClinicalCase clinicalCase, string language) =>
        clinicalCase.Symptoms.Order()
            .Where(s => TextCatalog.Has(KeyOf(s), Languages.English))
            .Select(s => TextCatalog.Get(KeyOf(s), language).Text);
}
