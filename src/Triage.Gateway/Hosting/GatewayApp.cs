namespace Triage.Gateway.Hosting;

/// <summary>Builds the whole gateway, database ready; the program and the integration tests start it the same way.</summary>
public static class GatewayApp
{
    public static async Task<WebApplication> CreateAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddTriageGateway();

        var app = builder.Build();
        app.MapTriageGateway();
        await app.InitialiseDatabaseAsync();
        return app;
    }
}
