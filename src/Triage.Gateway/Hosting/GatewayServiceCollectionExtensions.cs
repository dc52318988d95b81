using Microsoft.EntityFrameworkCore;
using Telemed.Hub;
using Triage.Data.Audit;
using Triage.Gateway.Admin;
using Triage.Gateway.Auth;
using Triage.Gateway.Teleconsult;
using Triage.Data;
using Triage.Data.Cases;
using Triage.Engine;
using Triage.Engine.Model;
using Triage.Gateway.Fhir;
using Triage.Gateway.Grpc;
using Triage.Gateway.Intake;
using Triage.Gateway.RateLimits;
using Triage.Gateway.Reports;
using Triage.Gateway.ScaleOut;
using Triage.Gateway.Shadow;
using Triage.Data.Reports;
using Triage.Gateway.WebConsole;

namespace Triage.Gateway.Hosting;

public static class GatewayServiceCollectionExtensions
{
    public static WebApplicationBuilder AddTriageGateway(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GatewayOptions>()
            .Bind(builder.Configuration.GetSection(GatewayOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => File.Exists(Path.GetFullPath(o.GeographySeedFile, AppContext.BaseDirectory)), "Gateway:GeographySeedFile does not exist.")
            .Validate(o => File.Exists(Path.GetFullPath(o.RosterSeedFile, AppContext.BaseDirectory)), "Gateway:RosterSeedFile does not exist.")
            .ValidateOnStart();

        services.AddTriageDatabase(builder.Configuration, builder.Environment.ContentRootPath);

        services.AddSingleton(TimeProvider.System);
        var options = builder.Configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>() ?? new GatewayOptions();
        var model = LoadRiskModel(options);
        if (model is not null)
        {
            services.AddSingleton(model);
        }

        services.AddSingleton(TriageEngine.CreateDefault(ApplicationPath(options.ReferralPolicyFile), model));
        services.AddShadowScoring(builder.Configuration, ApplicationPath(options.CandidateModelFile), model);
        services.AddSingleton<DatabaseWriteGate>();
        services.AddSingleton<CaseStore>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AuditTrail>();
        services.AddTelemedHub(builder.Configuration);
        services.AddTriageScaleOut(builder.Configuration);
        services.AddTeleconsultAttachments(builder.Configuration, builder.Environment.ContentRootPath);
        builder.AddTriageAuth();
        services.AddTriageRateLimits(builder.Configuration);
        services.AddSingleton<CaseIntake>();
        services.AddSingleton<CaseAccess>();
        services.AddSingleton<ReportAccess>();
        services.AddSingleton<ReportRows>();
        services.AddSingleton<ReportCaseQuery>();
        services.AddSingleton<ReportService>();
        services.AddTriageFhir(builder.Configuration);

        services.AddProblemDetails();
        services.AddExceptionHandler<HttpProblemHandler>();
        services.AddGrpc(o => o.Interceptors.Add<ErrorMappingInterceptor>());
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    /// <summary>
    /// Loaded while the host is configured, as the engine's policy is, so a bad model or a region's invalid policy
    /// stops the start instead of the first case.
    /// </summary>
    private static OnnxRiskModel? LoadRiskModel(GatewayOptions options) =>
        !options.UseRiskModel ? null
        : ApplicationPath(options.RiskModelFile) is { } file ? OnnxRiskModel.Load(file)
        : OnnxRiskModel.LoadShipped();

    private static string? ApplicationPath(string? file) => string.IsNullOrEmpty(file) ? null : Path.GetFullPath(file, AppContext.BaseDirectory);

    public static WebApplication MapTriageGateway(this WebApplication app)
    {
        app.UseExceptionHandler();
        // A bare status (401, 404) gets a problem body too, except on gRPC calls, whose status travels in trailers.
        app.UseWhen(http => !GrpcRequests.Are(http.Request), branch => branch.UseStatusCodePages());
        app.UseTriageConsole();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<MalformedMessageGuard>();
        app.MapGrpcService<IntakeService>();
        app.MapGrpcService<TeleconsultService>();
        app.MapGrpcService<ReportsService>();
        app.MapGrpcService<TerminalAuthService>();
        app.MapSignIn();
        app.MapTelemedHub();
        app.MapAdminApi();
        app.MapAuditQuery();
        app.MapReports();
        app.MapReportFilters();
        app.MapConsoleNames();
        app.MapAttachmentDownloads();
        app.MapFhirExport();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        app.MapGrpcReflectionService();
        app.MapHealthChecks("/health").AllowAnonymous();
        return app;
    }
}
