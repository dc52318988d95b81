using Triage.Gateway.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTriageGateway();

var app = builder.Build();
app.MapTriageGateway();
await app.InitialiseDatabaseAsync();
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host it.</summary>
public partial class Program;
