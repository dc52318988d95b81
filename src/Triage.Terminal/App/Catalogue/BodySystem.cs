namespace Triage.Terminal.App.Catalogue;

/// <summary>How the symptom list is grouped on the entry form, in the order of an examination.</summary>
public enum BodySystem
{
    General,
    Respiratory,
    Cardiovascular,
    Neurological,
    Digestive,
    Urinary,
    Skin,
    EarNoseThroatAndEyes,
    Musculoskeletal,
    Pregnancy,
    InjuryAndPoisoning,
    MentalHealth,
}
