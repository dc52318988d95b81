using System.ComponentModel.DataAnnotations;

namespace Triage.Gateway.Fhir;

/// <summary>The <c>Fhir</c> section: how exported bundles name things the receiving hospital system must recognise.</summary>
public sealed class FhirOptions
{
    public const string Section = "Fhir";

    /// <summary>
    /// The identifier system (a URI) of the clinic's pseudonymous patient reference, the only patient identifier a
    /// bundle carries; its assigner is the clinic.
    /// </summary>
    [Required]
    public string PatientReferenceSystem { get; set; } = "urn:triage:patient-ref";
}
