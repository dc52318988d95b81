using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Triage.Contracts.V1;

namespace Triage.Terminal.Commands;

/// <summary>Exchanges the enrolment secret for a short-lived token and sends it with every call.</summary>
internal static class AuthenticatedCalls
{
    public static async Task<CallInvoker> OpenAsync(GrpcChannel channel, string terminalId, string secret, DateTime deadline, CancellationToken cancellationToken)
    {
        if (terminalId == "" || secret == "")
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated,
                $"this terminal is not enrolled: give --terminal-id and --secret, or set {TerminalCredentialOptions.IdVariable} and {TerminalCredentialOptions.SecretVariable}"));
        }

        var token = await new TerminalAuth.TerminalAuthClient(channel).GetTerminalTokenAsync(
            new TerminalTokenRequest { TerminalId = terminalId, Secret = secret }, deadline: deadline, cancellationToken: cancellationToken);
        return channel.Intercept(metadata =>
        {
            metadata.Add("authorization", $"Bearer {token.Token}");
            return metadata;
        });
    }
}
