namespace Triage.Data.Consults;

/// <summary>The one limit on a consult message, whether the feldsher sends it over gRPC or the specialist through the hub.</summary>
public static class ConsultMessageLimit
{
    public const int MaxLength = 4000;
}
