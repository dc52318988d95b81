using Microsoft.Extensions.FileProviders;

namespace Triage.Gateway.Hosting;

/// <summary>
/// The web console's pages and scripts, served anonymously from the wwwroot shipped beside the binary (so the
/// gateway serves them whatever folder it starts from). They carry no patient data: everything the console shows
/// comes through the authenticated APIs and the consult hub.
/// </summary>
public static class ConsoleStaticFiles
{
    public static WebApplication UseTriageConsole(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (!Directory.Exists(root))
        {
            return app;
        }

        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // Pages change with each release; revalidating keeps a clinic's browser from running an old console.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }
}
