namespace Triage.Engine.Rules;

/// <summary>The patient groups a rule applies to; a rule may serve several.</summary>
[Flags]
public enum PatientGroups
{
    Adult = 1,
    Child = 2,
    Pregnant = 4,
    NotChild = Adult | Pregnant,
    All = Adult | Child | Pregnant,
}
