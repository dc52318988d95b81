using System.ComponentModel.DataAnnotations;

namespace Triage.Gateway.Hosting;

/// <summary>The "Gateway" configuration section.</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>Regions, districts and clinics added at start-up; relative paths are under the application folder.</summary>
    [Required]
    public string GeographySeedFile { get; set; } = "seed/geography.json";

    /// <summary>Specialists added at start-up if missing; relative paths are under the application folder.</summary>
    [Required]
    public string RosterSeedFile { get; set; } = "seed/roster.json";

    /// <summary>
    /// A region's own referral policy (levels, specialties, coverage); empty for the policy shipped with the engine.
    /// Relative paths are under the application folder; an invalid file stops the start with every problem listed.
    /// </summary>
    public string? ReferralPolicyFile { get; set; }

    /// <summary>
    /// The risk model (an ONNX file with its manifest beside it) whose level may raise the rules'; empty for the model
    /// shipped in models/. Relative paths are under the application folder; a model whose manifest does not match
    /// its graph stops the start with what differs.
    /// </summary>
    public string? RiskModelFile { get; set; }

    /// <summary>False to triage with the clinical rules alone.</summary>
    public bool UseRiskModel { get; set; } = true;

    /// <summary>
    /// A candidate risk model (ONNX file, manifest beside it) that scores every stored case in shadow, for the report's
    /// comparison with the active model; it never changes a result. Empty for none. Relative paths are under the
    /// application folder; its version must differ from the active model's.
    /// </summary>
    public string? CandidateModelFile { get; set; }
}
