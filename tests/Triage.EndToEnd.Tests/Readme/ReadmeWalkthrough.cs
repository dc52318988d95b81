using System.CommandLine;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Triage.Contracts.V1;
using Triage.Terminal;
using Triage.Testing;

namespace Triage.EndToEnd.Tests.Readme;

/// <summary>
/// Runs README's command lines in order against one gateway, as a reader at a shell would, through the project's own
/// entry points: the gateway's executable, the terminal's command tree in process, HTTP and gRPC clients for
/// <c>curl</c> and <c>grpcurl</c>. README's addresses are the shipped defaults; the walk-through's gateway and clinic
/// app listen on free loopback ports instead, and keep their data in a temporary folder.
/// </summary>
public sealed class ReadmeWalkthrough : IAsyncDisposable
{
    public const string ReadmeWebAddress = "http://127.0.0.1:5000";
    public const string ReadmeGrpcAddress = "127.0.0.1:5001";

    private static readonly (string Start, Func<ReadmeWalkthrough, IReadOnlyList<string>, Task> Run)[] Runners =
    [
        ("dotnet run --project src/Triage.Gateway", (walk, words) => walk.GatewayAsync(ProgramArguments(words))),
        ("dotnet run --project src/Triage.Terminal", (walk, words) => walk.TerminalAsync(ProgramArguments(words))),
        ("export ", (walk, words) => walk.Export(words.Skip(1))),
        ("curl ", (walk, words) => walk.CurlAsync(words.Skip(1).ToList())),
        ("grpcurl ", (walk, words) => walk.GrpcurlAsync(words.Skip(1).ToList())),
    ];

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("triage-readme-");
    private readonly Dictionary<string, string> variables = [];

    /// <summary>What earlier steps printed, by the variable README's <c>export NAME=…   # as printed</c> sets from it.</summary>
    private readonly Dictionary<string, string> printed = [];

    private readonly List<TriageResult> submitted = [];
    private readonly HttpClient http = new();
    private readonly Uri grpcAddress = new($"http://127.0.0.1:{FreePort.Next()}");
    private readonly Uri webAddress = new($"http://127.0.0.1:{FreePort.Next()}");
    private GatewayProcess? gateway;

    /// <summary>The results <c>submit</c> printed, in order.</summary>
    public IReadOnlyList<TriageResult> Submitted => submitted;

    /// <summary>How many <c>grpcurl ... list</c> calls were answered with the gateway's services.</summary>
    public int ReflectionListings { get; private set; }

    public static bool CanRun(ReadmeCommandLine line) => Runners.Any(r => line.Text.StartsWith(r.Start, StringComparison.Ordinal));

    public Task RunAsync(ReadmeCommandLine line)
    {
        var run = Runners.First(r => line.Text.StartsWith(r.Start, StringComparison.Ordinal)).Run;
        return run(this, ShellWords.Split(line.Text, Variable));
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        if (gateway is not null)
        {
            await gateway.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    /// <summary>The words after <c>dotnet run --project X --</c>.</summary>
    private static List<string> ProgramArguments(IReadOnlyList<string> words) =>
        words.Count > 4 && words[4] == "--" ? words.Skip(5).ToList() : words.Skip(4).ToList();

    private string Variable(string name) =>
        variables.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"README uses ${name} before any step above it sets it.");

    private string[] DataSettings =>
    [
        $"--ConnectionStrings:Triage=Data Source={Path.Combine(folder.FullName, "triage.db")}",
        $"--Auth:SigningKeyFile={Path.Combine(folder.FullName, "signing-key")}",
        $"--Attachments:Folder={Path.Combine(folder.FullName, "attachments")}",
    ];

    private async Task GatewayAsync(List<string> args)
    {
        if (args is ["admin", var command, ..])
        {
            var run = await GatewayProcess.RunAsync([.. args, .. DataSettings]);
            Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}:\n{run.Output}\n{run.Error}");
            if (command == "enrol-terminal")
            {
                Assert.StartsWith($"T-{OptionValue(args, "--clinic")}-", run.Field("terminal id"));
                Assert.NotEmpty(run.Field("secret"));
                Assert.Contains("set TRIAGE_TERMINAL_ID and TRIAGE_TERMINAL_SECRET", run.Output);
                printed["TRIAGE_TERMINAL_ID"] = run.Field("terminal id");
                printed["TRIAGE_TERMINAL_SECRET"] = run.Field("secret");
            }
            else if (command == "create-user")
            {
                Assert.Contains($"created {OptionValue(args, "--role")} '{OptionValue(args, "--user")}'", run.Output);
            }

            return;
        }

        Assert.True(gateway is null, "README starts the gateway twice; the second would find its ports taken.");
        gateway = await GatewayProcess.StartAsync(webAddress,
            [$"--Kestrel:Endpoints:Grpc:Url={grpcAddress}", $"--Kestrel:Endpoints:Web:Url={webAddress}", .. DataSettings, .. args]);
        using var channel = GrpcChannel.ForAddress(grpcAddress);
        var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    private Task Export(IEnumerable<string> assignments)
    {
        foreach (var assignment in assignments)
        {
            var (name, value) = (assignment.Split('=', 2)[0], assignment.Split('=', 2)[1]);
            if (value.Contains('…'))
            {
                Assert.True(printed.TryGetValue(name, out var shown), $"README exports {name} as printed, but no step above prints it.");
                Assert.Matches("^" + string.Join(".+", value.Split('…').Select(Regex.Escape)) + "$", shown);
                value = shown;
            }

            variables[name] = value;
        }

        return Task.CompletedTask;
    }

    private async Task TerminalAsync(List<string> args)
    {
        // README's file arguments are relative to the repository, where its commands are run from.
        args = args.Select(a => File.Exists(Path.Combine(ReadmeCommandLine.RepositoryRoot, a)) ? Path.Combine(ReadmeCommandLine.RepositoryRoot, a) : a).ToList();
        var accepted = TerminalApp.Create(TextReader.Null).Subcommands.Single(c => c.Name == args[0]).Options.Select(o => o.Name).ToHashSet();
        void PointAtTestGateway(string option, Func<string> value)
        {
            if (accepted.Contains(option) && !args.Contains(option))
            {
                args.AddRange([option, value()]);
            }
        }

        PointAtTestGateway("--server", () => grpcAddress.ToString());
        PointAtTestGateway("--terminal-id", () => Variable("TRIAGE_TERMINAL_ID"));
        PointAtTestGateway("--secret", () => Variable("TRIAGE_TERMINAL_SECRET"));
        PointAtTestGateway("--outbox", () => Path.Combine(folder.FullName, "outbox.db"));
        if (args[0] == "serve")
        {
            await ServeAsync(args);
            return;
        }

        var run = await TerminalRunAsync(args, CancellationToken.None);
        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}:\n{run.Output}\n{run.Error}");
        if (args[0] is "submit" or "assess")
        {
            var results = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JsonParser.Default.Parse<TriageResult>).ToList();
            var cases = File.ReadLines(args[1]).Count(l => l.Trim().Length > 0);
            Assert.Equal(cases, results.Count);
            Assert.All(results, r => Assert.NotEqual(ReferralLevel.Unspecified, r.ReferralLevel));
            if (args[0] == "submit")
            {
                await AssertStoredAsync(results);
                submitted.AddRange(results);
            }
        }
    }

    /// <summary>Starts the clinic app, checks that it answers and says where, and stops it.</summary>
    private async Task ServeAsync(List<string> args)
    {
        var listen = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        args.AddRange(["--listen", listen.ToString()]);
        using var stop = new CancellationTokenSource();
        var serving = TerminalRunAsync(args, stop.Token);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        HttpResponseMessage? page = null;
        while (page is null && !serving.IsCompleted && DateTime.UtcNow < deadline)
        {
            try
            {
                page = await http.GetAsync(listen);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        await stop.CancelAsync();
        var run = await serving;
        Assert.True(page is not null, $"The clinic app did not answer at {listen}:\n{run.Output}\n{run.Error}");
        using var answer = page;
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("text/html", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Clinic app for {OptionValue(args, "--clinic")}: open {listen.ToString().TrimEnd('/')} in a browser on this machine", run.Output);
    }

    /// <summary>Each printed result is the one the gateway now keeps, as the terminal reads it back.</summary>
    private async Task AssertStoredAsync(IReadOnlyList<TriageResult> results)
    {
        using var channel = GrpcChannel.ForAddress(grpcAddress);
        var token = await new TerminalAuth.TerminalAuthClient(channel).GetTerminalTokenAsync(
            new TerminalTokenRequest { TerminalId = Variable("TRIAGE_TERMINAL_ID"), Secret = Variable("TRIAGE_TERMINAL_SECRET") });
        var intake = new Intake.IntakeClient(channel.Intercept(m =>
        {
            m.Add("authorization", $"Bearer {token.Token}");
            return m;
        }));
        foreach (var result in results)
        {
            var stored = await intake.GetCaseAsync(new GetCaseRequest { CaseId = result.CaseId });
            Assert.Equal(result.ReferralLevel, stored.Result.ReferralLevel);
        }
    }

    private static async Task<CommandLineRun> TerminalRunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await TerminalApp.Create(TextReader.Null).Parse(args.ToArray())
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
        return new CommandLineRun(exitCode, output.ToString(), error.ToString());
    }

    private async Task CurlAsync(List<string> words)
    {
        var (method, body, url) = ((string?)null, (string?)null, (string?)null);
        var headers = new List<(string Name, string Value)>();
        for (var i = 0; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-s":
                    break;
                case "-X":
                    method = words[++i];
                    break;
                case "-H":
                    var header = words[++i].Split(':', 2);
                    headers.Add((header[0].Trim(), header[1].Trim()));
                    break;
                case "-d":
                    body = words[++i];
                    break;
                case var option when option.StartsWith('-'):
                    throw new NotSupportedException($"curl {option} is not understood by this test; teach {nameof(CurlAsync)} what it does.");
                default:
                    url = words[i];
                    break;
            }
        }

        using var request = new HttpRequestMessage(new HttpMethod(method ?? (body is null ? "GET" : "POST")), OnTestGateway(url!));
        if (body is not null)
        {
            // curl's type for -d unless a header says otherwise.
            request.Content = new StringContent(body, null, headers.FirstOrDefault(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value ?? "application/x-www-form-urlencoded");
        }

        foreach (var (name, value) in headers.Where(h => !h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            Assert.True(request.Headers.TryAddWithoutValidation(name, value), $"curl header {name} is not a request header");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.StatusCode}: {text}");
        if (request.RequestUri!.AbsolutePath == "/auth/token")
        {
            var token = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("accessToken").GetString();
            Assert.False(string.IsNullOrEmpty(token));
            var user = System.Text.Json.JsonDocument.Parse(body!).RootElement.GetProperty("userName").GetString()!;
            printed["TOKEN"] = token;
            printed[$"{user.ToUpperInvariant()}_TOKEN"] = token;
        }
        else if (request.RequestUri.Query.Contains("format=csv", StringComparison.Ordinal))
        {
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("at_utc,principal,role,action,case_id,allowed,source\n", text);
            var caseId = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query)["caseId"];
            Assert.True(caseId is null || text.Contains(caseId, StringComparison.OrdinalIgnoreCase), $"No audit entry of case {caseId}:\n{text}");
        }
    }

    /// <summary>README's address of the gateway's web endpoint, moved to the test gateway's; <c>caseId=…</c> filled with the first case submitted.</summary>
    private Uri OnTestGateway(string url)
    {
        Assert.StartsWith(ReadmeWebAddress + "/", url);
        url = webAddress.ToString().TrimEnd('/') + url[ReadmeWebAddress.Length..];
        if (url.Contains("caseId=…", StringComparison.Ordinal))
        {
            Assert.True(submitted.Count > 0, "README asks for a case's audit before submitting any case.");
            url = url.Replace("caseId=…", $"caseId={submitted[0].CaseId}", StringComparison.Ordinal);
        }

        Assert.DoesNotContain("…", url);
        return new Uri(url);
    }

    /// <summary><c>grpcurl [-plaintext] [-H header]... ADDRESS list</c> through the reflection client; and the same call without a token is refused.</summary>
    private async Task GrpcurlAsync(List<string> words)
    {
        var metadata = new Metadata();
        for (var i = 0; i < words.Count && words[i].StartsWith('-'); i++)
        {
            if (words[i] == "-H")
            {
                var header = words[++i].Split(':', 2);
                metadata.Add(header[0].Trim().ToLowerInvariant(), header[1].Trim());
            }
            else
            {
                Assert.Equal("-plaintext", words[i]);
            }
        }

        Assert.Equal(new[] { ReadmeGrpcAddress, "list" }, words.TakeLast(2).ToArray());
        using var channel = GrpcChannel.ForAddress(grpcAddress);
        Assert.Contains("triage.v1.Intake", await ListServicesAsync(channel, metadata));
        ReflectionListings++;

        var refused = await Assert.ThrowsAsync<RpcException>(() => ListServicesAsync(channel, []));
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }

    private static async Task<IReadOnlyList<string>> ListServicesAsync(GrpcChannel channel, Metadata headers)
    {
        var reflection = new Grpc.Reflection.V1Alpha.ServerReflection.ServerReflectionClient(channel);
        using var call = reflection.ServerReflectionInfo(headers);
        await call.RequestStream.WriteAsync(new Grpc.Reflection.V1Alpha.ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        return call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
    }

    private static string OptionValue(IReadOnlyList<string> args, string option)
    {
        var at = args.ToList().IndexOf(option);
        return at >= 0 && at + 1 < args.Count ? args[at + 1] : throw new InvalidOperationException($"No {option} in: {string.Join(' ', args)}");
    }
}
