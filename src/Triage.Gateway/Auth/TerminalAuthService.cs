using System.Security.Claims;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Triage.Contracts.V1;
using Triage.Data.Audit;

namespace Triage.Gateway.Auth;

/// <summary>Exchanges a terminal's enrolment secret for a short-lived token; the one gRPC method open to callers without one.</summary>
[AllowAnonymous]
public sealed class TerminalAuthService(TerminalEnrolment terminals, TokenIssuer issuer, IOptions<AuthOptions> options, AuditLog audit) : TerminalAuth.TerminalAuthBase
{
    public override async Task<AccessToken> GetTerminalToken(TerminalTokenRequest request, ServerCallContext context)
    {
        var clinicId = await terminals.VerifyAsync(request.TerminalId, request.Secret, context.CancellationToken);
        await audit.RecordAsync(request.TerminalId, FeldsherRole.Name, "terminal.token", null, clinicId is not null, context.Peer, context.CancellationToken);
        if (clinicId is null)
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, "Unknown or revoked terminal, or wrong secret."));
        }

        var token = issuer.Issue(request.TerminalId, [FeldsherRole.Name], request.TerminalId, [new Claim(TriageClaims.Clinic, clinicId)], options.Value.TerminalTokenLifetime);
        return new AccessToken { Token = token.Token, ExpiresAt = Timestamp.FromDateTimeOffset(token.ExpiresAt), ClinicId = clinicId };
    }
}
