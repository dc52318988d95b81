using Triage.Data.Shadow;
using Triage.Engine.Model;
using Triage.Gateway.Hosting;

namespace Triage.Gateway.Shadow;

public static class ShadowServiceCollectionExtensions
{
    /// <summary>
    /// With Gateway:CandidateModelFile set, loads the candidate while the host is configured (a bad model stops the
    /// start, as the active one does) and scores stored cases with it in the background; without it, nothing.
    /// </summary>
    /// <param name="candidateFile">The candidate's ONNX file, resolved; null when none is configured.</param>
    /// <param name="active">The model that serves advice, whose version the candidate must not share.</param>
    public static IServiceCollection AddShadowScoring(this IServiceCollection services, IConfiguration configuration, string? candidateFile, OnnxRiskModel? active)
    {
        services.AddOptions<ShadowScoringOptions>()
            .Bind(configuration.GetSection(ShadowScoringOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ShadowScoreStore>();
        if (candidateFile is null)
        {
            return services;
        }

        var candidate = OnnxRiskModel.Load(candidateFile);
        if (candidate.ModelVersion == active?.ModelVersion)
        {
            candidate.Dispose();
            throw new ModelLoadException(
                $"{GatewayOptions.Section}:{nameof(GatewayOptions.CandidateModelFile)} '{candidateFile}' is {candidate.ModelVersion}, the version of the active risk model. " +
                "A candidate needs a version of its own (its manifest's modelId and version), or its shadow scores could not be told apart from the active model's.");
        }

        services.AddSingleton(new CandidateModel(candidate));
        services.AddHostedService<ShadowScoringService>();
        return services;
    }
}
