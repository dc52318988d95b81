using System.CommandLine;
using Triage.Data.Audit;
using Triage.Data.Cases;
using Triage.Gateway.Fhir;

namespace Triage.Gateway.Admin;

/// <summary><c>admin export --fhir --case ID [--out FILE]</c>: one case as a FHIR R4 bundle, written to a file or standard output.</summary>
internal static class AdminExport
{
    public static Command Command()
    {
        var fhir = new Option<bool>("--fhir") { Description = "Write a FHIR R4 JSON bundle (the only format so far)", Required = true };
        var caseId = new Option<string>("--case") { Description = "The server's case id or the terminal's client case id", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "The file to write (default: standard output)" };
        var command = new Command("export", "Export one case for another system") { fhir, caseId, output };
        command.SetAction((parseResult, cancellationToken) => AdminCommands.WithGatewayAsync(parseResult, async services =>
        {
            var id = parseResult.GetValue(caseId)!;
            if (await services.GetRequiredService<CaseStore>().FindAsync(id, cancellationToken) is not { } stored)
            {
                return AdminCommands.Report(parseResult, false, "", $"no case '{id}'");
            }

            // The command line reaches the database directly, so its reads are audited here rather than by CaseAccess.
            await services.GetRequiredService<AuditLog>().RecordAsync(
                Environment.UserName, AdminRole.Name, "case.export.fhir", stored.Id, true, "command line", cancellationToken);
            var json = await services.GetRequiredService<FhirExport>().JsonOfAsync(stored, cancellationToken);
            if (parseResult.GetValue(output) is not { } file)
            {
                parseResult.InvocationConfiguration.Output.WriteLine(json);
                return 0;
            }

            await File.WriteAllTextAsync(file.FullName, json, cancellationToken);
            return AdminCommands.Report(parseResult, true, $"wrote {file.FullName}", "");
        }));
        return command;
    }
}
