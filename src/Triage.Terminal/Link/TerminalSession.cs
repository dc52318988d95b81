using System.Net;
using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Triage.Contracts.V1;

namespace Triage.Terminal.Link;

/// <summary>
/// The terminal's link to one gateway: one channel, and a short-lived token obtained with the enrolment secret
/// and obtained again whenever it is about to expire or the gateway stops accepting it. With <see cref="ISavedTokens"/>
/// a token outlives the run: the gateway still checks the terminal's enrolment at every call, so a revoked terminal
/// is refused at its next call whichever token it holds.
/// </summary>
public sealed class TerminalSession : IDisposable
{
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(1);

    private readonly GrpcChannel channel;
    private readonly string terminalId;
    private readonly string secret;
    private readonly SemaphoreSlim signingIn = new(1, 1);
    private readonly ISavedTokens? saved;
    private volatile AccessToken? token;
    private volatile bool savedTokenRefused;

    public TerminalSession(Uri server, string terminalId, string secret, TimeSpan callTimeout, ISavedTokens? saved = null)
    {
        this.saved = saved;
        Server = server;
        this.terminalId = terminalId;
        this.secret = secret;
        CallTimeout = callTimeout;
        channel = GrpcChannel.ForAddress(server, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                // A rural link fails quietly: notice a dead connection by pings instead of waiting for TCP to give up.
                ConnectTimeout = TimeSpan.FromSeconds(10),
                KeepAlivePingDelay = TimeSpan.FromSeconds(15),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(10),
                KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
                EnableMultipleHttp2Connections = true,
                AutomaticDecompression = DecompressionMethods.None,
            },
        });
        var authorized = channel.Intercept(metadata =>
        {
            metadata.Add("authorization", $"Bearer {token?.Token}");
            return metadata;
        });
        Intake = new Intake.IntakeClient(authorized);
        Teleconsult = new Teleconsult.TeleconsultClient(authorized);
        Health = new Grpc.Health.V1.Health.HealthClient(channel);
    }

    public Uri Server { get; }

    /// <summary>The deadline given to every unary call.</summary>
    public TimeSpan CallTimeout { get; }

    /// <summary>Intake calls carrying this terminal's token; call <see cref="SignInAsync"/> first.</summary>
    public Intake.IntakeClient Intake { get; }

    /// <summary>Teleconsult calls carrying this terminal's token; call <see cref="SignInAsync"/> first.</summary>
    public Teleconsult.TeleconsultClient Teleconsult { get; }

    /// <summary>The gateway's standard health service, which answers without a token: whether the link is up at all.</summary>
    public Grpc.Health.V1.Health.HealthClient Health { get; }

    /// <summary>The clinic the gateway enrolled this terminal for, known once signed in.</summary>
    public string? ClinicId => token?.ClinicId;

    public DateTime Deadline() => DateTime.UtcNow.Add(CallTimeout);

    public DateTime Deadline(TimeSpan timeout) => DateTime.UtcNow.Add(timeout);

    /// <summary>Makes sure a valid token is at hand. Throws <see cref="SignInRefusedException"/> when the credentials are refused.</summary>
    public async Task SignInAsync(CancellationToken cancellationToken)
    {
        if (IsValid(token))
        {
            return;
        }

        await signingIn.WaitAsync(cancellationToken);
        try
        {
            if (IsValid(token))
            {
                return;
            }

            if (terminalId == "" || secret == "")
            {
                throw new SignInRefusedException(
                    $"this terminal is not enrolled: give --terminal-id and --secret, or set {Commands.TerminalCredentialOptions.IdVariable} and {Commands.TerminalCredentialOptions.SecretVariable}");
            }

            if (saved is not null && !savedTokenRefused && await saved.LoadAsync(SavedTokenKey(), cancellationToken) is { } kept && IsValid(kept))
            {
                token = kept;
                return;
            }

            try
            {
                token = await new TerminalAuth.TerminalAuthClient(channel).GetTerminalTokenAsync(
                    new TerminalTokenRequest { TerminalId = terminalId, Secret = secret }, deadline: Deadline(), cancellationToken: cancellationToken);
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.Unauthenticated or StatusCode.PermissionDenied)
            {
                throw new SignInRefusedException($"{e.StatusCode}: {e.Status.Detail}");
            }

            if (saved is not null)
            {
                await saved.SaveAsync(SavedTokenKey(), token, cancellationToken);
                savedTokenRefused = false;
            }
        }
        finally
        {
            signingIn.Release();
        }
    }

    /// <summary>Drops the token, e.g. after the gateway refused it, so the next call signs in again.</summary>
    public void Forget()
    {
        token = null;
        savedTokenRefused = true;
    }

    public void Dispose()
    {
        channel.Dispose();
        signingIn.Dispose();
    }

    private string SavedTokenKey() =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{Server}\n{terminalId}\n{secret}")));

    private static bool IsValid(AccessToken? candidate) =>
        candidate is not null && (candidate.ExpiresAt is null || candidate.ExpiresAt.ToDateTimeOffset() - RenewBeforeExpiry > DateTimeOffset.UtcNow);
}
