using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using System.CommandLine;
using Triage.Engine;
using Triage.Terminal.Commands;

namespace Triage.Terminal.App;

/// <summary><c>serve</c>: the clinic app, a local web app for the feldsher on this machine, backed by the outbox and the local engine.</summary>
internal static class ServeCommand
{
    public static Command Create(TriageEngine engine)
    {
        var outboxPath = OutboxOption.Create();
        var clinic = new Option<string>("--clinic")
        {
            Description = $"This health post's clinic id (default: ${NewCommand.ClinicVariable})",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable(NewCommand.ClinicVariable) ?? "",
        };
        var listen = new Option<Uri>("--listen")
        {
            Description = "The app's address on this machine (127.0.0.1, localhost or [::1]): only a browser on this machine reaches it",
            DefaultValueFactory = _ => new Uri("http://127.0.0.1:5080"),
            CustomParser = ServerAddress.Parse,
        };
        var syncEvery = new Option<double>("--sync-every")
        {
            Description = "Seconds between looks for the gateway; queued cases are forwarded as soon as it answers",
            DefaultValueFactory = _ => 10,
        };
        var link = new LinkOptions();
        var command = new Command("serve", "Start the clinic app: case entry, offline results, the outbox and consults in a browser on this machine")
        {
            clinic, outboxPath, listen, syncEvery,
        };
        link.AddTo(command);
        clinic.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError($"--clinic is required (or set {NewCommand.ClinicVariable}): the health post whose cases this app keeps");
            }
        });
        listen.Validators.Add(result =>
        {
            // The app has no sign-in of its own: it acts as the enrolled terminal for whoever reaches it, so nobody
            // on the health post's network may.
            if (result.GetValueOrDefault<Uri>() is { IsLoopback: false } address)
            {
                result.AddError($"--listen must be a loopback address such as http://127.0.0.1:5080; got '{address}'");
            }
        });
        syncEvery.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 0.2 or > 3600)
            {
                result.AddError("--sync-every must be between 0.2 and 3600 seconds");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var outbox = parseResult.GetValue(outboxPath)!;
            var settings = new ClinicAppSettings(
                parseResult.GetValue(listen)!,
                outbox,
                parseResult.GetValue(clinic)!,
                parseResult.GetValue(link.Server)!,
                parseResult.GetValue(link.Credentials.TerminalId)!,
                parseResult.GetValue(link.Credentials.Secret)!,
                TimeSpan.FromSeconds(parseResult.GetValue(link.Timeout)),
                TimeSpan.FromSeconds(parseResult.GetValue(syncEvery)),
                Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outbox))!, "attachments"));
            WebApplication app;
            try
            {
                app = await ClinicAppHost.CreateAsync(settings, engine, cancellationToken);
            }
            catch (InvalidDataException e)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(e.Message);
                return ExitCodes.OutboxUnreadable;
            }

            await using var running = app;
            await app.StartAsync(cancellationToken);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"Clinic app for {settings.ClinicId}: open {app.Urls.First()} in a browser on this machine (Ctrl+C stops it)");
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
