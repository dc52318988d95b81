using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Triage.Data.Audit;

namespace Triage.Gateway.Auth;

/// <summary>Records every request the authorization middleware turns away, whatever the endpoint, then answers as usual.</summary>
public sealed class AuditingAuthorizationResultHandler(AuditLog audit) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged || authorizeResult.Forbidden)
        {
            var user = context.User;
            await audit.RecordAsync(
                user.FindFirstValue(TriageClaims.Subject) ?? "anonymous",
                string.Join(',', user.FindAll(TriageClaims.Role).Select(c => c.Value)),
                $"{context.Request.Method} {context.Request.Path}",
                null,
                allowed: false,
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                context.RequestAborted);
        }

        await standard.HandleAsync(next, context, policy, authorizeResult);
    }
}
