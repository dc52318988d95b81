using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Triage.Engine;
using Triage.Terminal.App.Api;
using Triage.Terminal.App.Consult;
using Triage.Terminal.App.Entry;
using Triage.Terminal.App.Link;
using Triage.Terminal.App.Security;
using Triage.Terminal.Link;
using Triage.Terminal.Outbox;

namespace Triage.Terminal.App;

/// <summary>
/// The clinic app's host: Kestrel on the given (loopback) address, the outbox, the local engine, the background sync
/// and the app's pages. Built here so tests start exactly what <c>serve</c> starts.
/// </summary>
public static class ClinicAppHost
{
    /// <summary>The app's pages beside the binary; not wwwroot, which the gateway's console owns.</summary>
    public const string WebFolder = "clinic-app";

    public static async Task<WebApplication> CreateAsync(ClinicAppSettings settings, TriageEngine engine, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        // The app is configured by its command line alone: no appsettings or ASPNETCORE_ variables of another host
        // sharing the folder (or the machine) may change where or how it listens.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls(settings.Listen.ToString());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // Only the names a browser on this machine uses: a page elsewhere that rebinds its own name to 127.0.0.1
        // still cannot read the app's answers.
        builder.Services.AddHostFiltering(o => o.AllowedHosts = ["127.0.0.1", "localhost", "[::1]"]);
        var outbox = await CaseOutbox.OpenAsync(settings.OutboxPath, cancellationToken: cancellationToken);
        // A factory registration, so the host closes the outbox file when it stops.
        builder.Services.AddSingleton(_ => outbox);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(engine);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(_ => new TerminalSession(settings.Server, settings.TerminalId, settings.Secret, settings.CallTimeout, outbox));
        builder.Services.AddSingleton<LinkMonitor>();
        builder.Services.AddSingleton<SyncTrigger>();
        builder.Services.AddHostedService<BackgroundSync>();
        builder.Services.AddSingleton<CaseIntake>();
        builder.Services.AddSingleton<GatewayCalls>();
        builder.Services.AddSingleton<CaseEventStream>();
        builder.Services.AddSingleton<CallSignalStream>();
        builder.Services.AddSingleton<AttachmentQueue>();
        builder.Services.AddHostedService(services => services.GetRequiredService<AttachmentQueue>());

        var app = builder.Build();
        app.UseHostFiltering();
        app.UseMiddleware<SameOriginGuard>();
        var files = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, WebFolder));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                context.Context.Response.Headers.CacheControl = "no-cache";
                context.Context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy.Value;
            },
        });
        var api = app.MapGroup("/api");
        api.MapCatalogue();
        api.MapCases();
        api.MapConsults();
        api.MapCalls();
        api.MapAttachments();
        api.MapLink();
        api.MapVitalScores();
        return app;
    }
}
