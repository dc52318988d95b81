using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Triage.Engine.Model;
using Triage.Gateway.Hosting;
using Triage.Gateway.Shadow;
using Triage.Testing;

namespace Triage.Gateway.Tests.Shadow;

/// <summary>How the gateway takes, or refuses, a candidate model when it starts.</summary>
public sealed class CandidateStartupTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("triage-candidate-start-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_shipped_candidate_is_found_beside_the_gateway_under_its_relative_path()
    {
        await using var app = await GatewayApp.CreateAsync([.. Settings, "--Gateway:CandidateModelFile=models/triage-risk-v2.onnx"]);

        var candidate = app.Services.GetRequiredService<CandidateModel>();
        Assert.Equal("triage-risk/2.0.0", candidate.ModelVersion);
        Assert.True(candidate.Model.Manifest.TrainingData.Synthetic);
        Assert.Equal("triage-risk/1.1.0", app.Services.GetRequiredService<OnnxRiskModel>().ModelVersion);
    }

    [Fact]
    public async Task Without_a_candidate_nothing_scores_in_shadow()
    {
        await using var app = await GatewayApp.CreateAsync(Settings);

        Assert.Null(app.Services.GetService<CandidateModel>());
        Assert.DoesNotContain(app.Services.GetServices<IHostedService>(), s => s is ShadowScoringService);
    }

    [Fact]
    public async Task A_candidate_with_the_active_model_s_version_is_refused_with_the_reason()
    {
        var error = await Assert.ThrowsAsync<ModelLoadException>(() => GatewayApp.CreateAsync([.. Settings, $"--Gateway:CandidateModelFile={OnnxRiskModel.ShippedModelPath}"]));

        Assert.Contains("Gateway:CandidateModelFile", error.Message);
        Assert.Contains("is triage-risk/1.1.0, the version of the active risk model", error.Message);
    }

    [Fact]
    public async Task Shadow_scoring_settings_out_of_range_stop_the_start()
    {
        await using var app = await GatewayApp.CreateAsync([.. Settings, "--ShadowScoring:BatchSize=0"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("BatchSize", error.Message);
    }

    private string[] Settings =>
    [
        $"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{FreePort.Next()}",
        $"--Kestrel:Endpoints:Web:Url=http://127.0.0.1:{FreePort.Next()}",
        $"--ConnectionStrings:Triage=Data Source={Path.Combine(folder, "triage.db")}",
        $"--Auth:SigningKeyFile={Path.Combine(folder, "signing-key")}",
        $"--Attachments:Folder={Path.Combine(folder, "attachments")}",
        "--Logging:LogLevel:Default=Warning",
    ];
}
