using Grpc.Health.V1;
using Triage.Testing;

namespace Triage.Gateway.Tests;

public sealed class HostTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task The_gRPC_health_service_reports_serving()
    {
        var health = new Health.HealthClient(gateway.Host.Channel);

        var response = await health.CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task The_web_endpoint_answers_health_over_HTTP_1_1()
    {
        using var http = new HttpClient { BaseAddress = gateway.Host.WebAddress };

        using var response = await http.GetAsync("/health");

        Assert.Equal(new Version(1, 1), response.Version);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Server_reflection_lists_the_intake_service_to_an_authenticated_caller()
    {
        var reflection = new global::Grpc.Reflection.V1Alpha.ServerReflection.ServerReflectionClient(gateway.Host.TerminalCalls);
        using var call = reflection.ServerReflectionInfo();

        await call.RequestStream.WriteAsync(new global::Grpc.Reflection.V1Alpha.ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));

        Assert.Contains(call.ResponseStream.Current.ListServicesResponse.Service, s => s.Name == "triage.v1.Intake");
    }
}
