using Triage.Engine.Model;

namespace Triage.Gateway.Shadow;

/// <summary>
/// The risk model scoring in shadow (Gateway:CandidateModelFile). A type of its own so that nothing asking for the
/// active <see cref="OnnxRiskModel"/> (the engine, the report's caveats) can be handed the candidate by mistake.
/// </summary>
public sealed class CandidateModel(OnnxRiskModel model)
{
    public OnnxRiskModel Model { get; } = model;

    public string ModelVersion => Model.ModelVersion;
}
