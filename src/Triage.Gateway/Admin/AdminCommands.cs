using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Telemed.Hub.Consults;
using Triage.Data.Identity;
using Triage.Engine.Localization;
using Triage.Gateway.Auth;
using Triage.Gateway.Hosting;
using Triage.Gateway.Reports;
using Triage.Reports.Export;
using Triage.Data.Consults;

namespace Triage.Gateway.Admin;

/// <summary>
/// <c>Triage.Gateway admin ...</c>: user, terminal and roster administration against the gateway's own
/// database and configuration (any --Section:Key=value switch after the command applies as usual).
/// </summary>
public static class AdminCommands
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Triage gateway administration") { TreatUnmatchedTokensAsErrors = false };
        root.Subcommands.Add(CreateUser());
        root.Subcommands.Add(EnrolTerminal());
        root.Subcommands.Add(RevokeTerminal());
        root.Subcommands.Add(SetDuty());
        root.Subcommands.Add(WriteReport());
        root.Subcommands.Add(AdminExport.Command());
        return await root.Parse(args).InvokeAsync();
    }

    private static Command CreateUser()
    {
        var user = new Option<string>("--user") { Description = "User name; for a specialist, their roster id (e.g. SP-ZHA-CARD-01)", Required = true };
        var role = new Option<string>("--role") { Description = "specialist or admin", Required = true };
        role.AcceptOnlyFromAmong(SpecialistRole.Name, AdminRole.Name);
        var password = new Option<string>("--password") { Description = "At least 12 characters", Required = true };
        var region = new Option<string?>("--region") { Description = "For an administrator: the one region they may see (omit for all)" };
        var command = new Command("create-user", "Create a specialist or administrator account") { user, role, password, region };
        command.SetAction((parseResult, cancellationToken) => WithGatewayAsync(parseResult, async services =>
        {
            var users = services.GetRequiredService<UserManager<TriageUser>>();
            var account = new TriageUser { UserName = parseResult.GetValue(user), RegionId = parseResult.GetValue(region) };
            var created = await users.CreateAsync(account, parseResult.GetValue(password)!);
            if (created.Succeeded)
            {
                created = await users.AddToRoleAsync(account, parseResult.GetValue(role)!);
            }

            return Report(parseResult, created.Succeeded,
                $"created {parseResult.GetValue(role)} '{account.UserName}'; sign in with POST /auth/token",
                string.Join("; ", created.Errors.Select(e => e.Description)));
        }));
        return command;
    }

    private static Command EnrolTerminal()
    {
        var clinic = new Option<string>("--clinic") { Description = "The clinic the terminal acts for", Required = true };
        var command = new Command("enrol-terminal", "Enrol a clinic terminal; prints its id and secret once") { clinic };
        command.SetAction((parseResult, cancellationToken) => WithGatewayAsync(parseResult, async services =>
        {
            var (id, secret) = await services.GetRequiredService<TerminalEnrolment>().EnrolAsync(parseResult.GetValue(clinic)!, cancellationToken);
            return Report(parseResult, true,
                $"terminal id: {id}\nsecret:      {secret}\nThe secret is shown only now; set TRIAGE_TERMINAL_ID and TRIAGE_TERMINAL_SECRET on the terminal.", "");
        }));
        return command;
    }

    private static Command RevokeTerminal()
    {
        var terminal = new Option<string>("--terminal") { Description = "The terminal id to revoke", Required = true };
        var command = new Command("revoke-terminal", "Revoke a terminal; it is refused at its next call") { terminal };
        command.SetAction((parseResult, cancellationToken) => WithGatewayAsync(parseResult, async services =>
            Report(parseResult, await services.GetRequiredService<TerminalEnrolment>().RevokeAsync(parseResult.GetValue(terminal)!, cancellationToken),
                $"revoked {parseResult.GetValue(terminal)}", $"no active terminal '{parseResult.GetValue(terminal)}'")));
        return command;
    }

    private static Command SetDuty()
    {
        var specialist = new Option<string>("--specialist") { Description = "Roster id", Required = true };
        var onDuty = new Option<bool>("--on-duty") { Description = "true to put on duty, false to take off", Required = true };
        var command = new Command("set-duty", "Put a specialist on or off the duty roster") { specialist, onDuty };
        command.SetAction((parseResult, cancellationToken) => WithGatewayAsync(parseResult, async services =>
            Report(parseResult, await services.GetRequiredService<SpecialistDirectory>().SetOnDutyAsync(parseResult.GetValue(specialist)!, parseResult.GetValue(onDuty), cancellationToken),
                $"{parseResult.GetValue(specialist)} on duty: {parseResult.GetValue(onDuty)}", $"no specialist '{parseResult.GetValue(specialist)}'")));
        return command;
    }

    private static Command WriteReport()
    {
        var from = new Option<string?>("--from") { Description = "Start of the period, e.g. 2026-11-01 (default: 30 days before --to)" };
        var to = new Option<string?>("--to") { Description = "End of the period, exclusive (default: now)" };
        var region = new Option<string?>("--region") { Description = "Region id, e.g. KZ-ZHA (default: all regions)" };
        var output = new Option<FileInfo>("--out") { Description = "The HTML file to write", Required = true };
        var command = new Command("report", "Write the triage-accuracy report as one self-contained HTML file") { from, to, region, output };
        command.SetAction((parseResult, cancellationToken) => WithGatewayAsync(parseResult, async services =>
        {
            Triage.Reports.ReportScope scope;
            try
            {
                scope = ReportScopeParser.Parse(parseResult.GetValue(from), parseResult.GetValue(to), parseResult.GetValue(region), null, null, null,
                    services.GetRequiredService<TimeProvider>().GetUtcNow());
            }
            catch (ReportRequestException e)
            {
                return Report(parseResult, false, "", e.Message);
            }

            var report = await services.GetRequiredService<ReportService>().BuildAsync(scope, Languages.English, cancellationToken);
            var file = parseResult.GetValue(output)!;
            await File.WriteAllTextAsync(file.FullName, HtmlReport.Write(report), cancellationToken);
            return Report(parseResult, true, $"wrote {file.FullName}: {report.Cases} cases, {report.Accuracy.Overall.Concluded} concluded", "");
        }));
        return command;
    }

    /// <summary>Builds the gateway (database migrated, nothing listening) and runs <paramref name="work"/> in a scope of it.</summary>
    internal static async Task<int> WithGatewayAsync(ParseResult parseResult, Func<IServiceProvider, Task<int>> work)
    {
        await using var app = await GatewayApp.CreateAsync([.. parseResult.UnmatchedTokens, "--Logging:LogLevel:Default=Warning"]);
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    internal static int Report(ParseResult parseResult, bool succeeded, string done, string failed)
    {
        (succeeded ? parseResult.InvocationConfiguration.Output : parseResult.InvocationConfiguration.Error).WriteLine(succeeded ? done : failed);
        return succeeded ? 0 : 1;
    }
}
