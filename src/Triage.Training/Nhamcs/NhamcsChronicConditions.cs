namespace Triage.Training.Nhamcs;

/// <summary>The five chronic conditions the 2010 patient record form asks about (items 49–53).</summary>
public sealed record NhamcsChronicConditions(bool CerebrovascularDisease, bool HeartFailure, bool Dialysis, bool Hiv, bool Diabetes);
