using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Telemed.Hub.Consults;
using Triage.Data.Audit;
using Triage.Data.Identity;
using Triage.Data.Consults;

namespace Triage.Gateway.Auth;

/// <summary>POST /auth/token: a specialist or administrator signs in with name and password (lockout after repeated failures).</summary>
public static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/auth/token", async (
            SignInRequest request, HttpContext http, SignInManager<TriageUser> signIn, UserManager<TriageUser> users,
            SpecialistDirectory specialists, TokenIssuer issuer, IOptions<AuthOptions> options, AuditLog audit, CancellationToken cancellationToken) =>
        {
            if (!string.IsNullOrEmpty(options.Value.Authority))
            {
                return Results.Problem($"Sign in at {options.Value.Authority}.", statusCode: StatusCodes.Status404NotFound);
            }

            var user = await users.FindByNameAsync(request.UserName ?? "");
            var outcome = user is null ? SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, request.Password ?? "", lockoutOnFailure: true);
            await audit.RecordAsync(request.UserName ?? "", "", "user.sign_in", null, outcome.Succeeded, http.Connection.RemoteIpAddress?.ToString() ?? "", cancellationToken);
            if (outcome.IsLockedOut)
            {
                return Results.Problem("Too many failed sign-ins: the account is locked for a while.", statusCode: StatusCodes.Status423Locked);
            }

            if (!outcome.Succeeded)
            {
                return Results.Problem("Wrong user name or password.", statusCode: StatusCodes.Status401Unauthorized);
            }

            var roles = await users.GetRolesAsync(user!);
            var claims = new List<Claim>();
            var region = user!.RegionId ?? (await specialists.FindAsync(user.UserName!, cancellationToken))?.RegionId;
            if (region is not null)
            {
                claims.Add(new Claim(TriageClaims.Region, region));
            }

            var token = issuer.Issue(user.UserName!, roles, user.UserName!, claims);
            return Results.Ok(new { accessToken = token.Token, expiresAt = token.ExpiresAt, roles });
        }).AllowAnonymous();
        return endpoints;
    }
}
