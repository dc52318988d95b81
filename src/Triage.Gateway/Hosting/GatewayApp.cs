using Triage.Engine.Model;
using Microsoft.Extensions.Configuration.Json;
using Triage.Gateway.Shadow;

namespace Triage.Gateway.Hosting;

/// <summary>Builds the whole gateway, database ready; the program and the integration tests start it the same way.</summary>
public static class GatewayApp
{
    public static async Task<WebApplication> CreateAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        // The defaults shipped beside the binary come first, so the gateway listens where it should (gRPC on an
        // HTTP/2-only endpoint) whatever folder it is started from; every other source still overrides them.
        var shipped = new JsonConfigurationSource { Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Optional = true };
        shipped.ResolveFileProvider();
        builder.Configuration.Sources.Insert(0, shipped);

        TransportGuard.Check(builder.Configuration);
        builder.AddTriageGateway();

        var app = builder.Build();
        LogRiskModel(app);
        app.MapTriageGateway();
        await app.InitialiseDatabaseAsync();
        return app;
    }

    private static string TrainingData(OnnxRiskModel model) =>
        model.Manifest.TrainingData.Synthetic ? "synthetic data only, not validated on patients" : model.Manifest.TrainingData.Description;

    private static void LogRiskModel(WebApplication app)
    {
        if (app.Services.GetService<OnnxRiskModel>() is { } model)
        {
            app.Logger.LogInformation("Risk model {ModelVersion} serving; trained on {TrainingData}",
                model.ModelVersion, TrainingData(model));
        }
        else
        {
            app.Logger.LogWarning("No risk model: cases are triaged by the clinical rules alone");
        }

        if (app.Services.GetService<CandidateModel>() is { } candidate)
        {
            app.Logger.LogInformation("Candidate risk model {ModelVersion} in shadow, not used for advice; trained on {TrainingData}",
                candidate.ModelVersion, TrainingData(candidate.Model));
        }
    }
}
