using System.Security.Claims;

namespace Triage.Gateway.Auth;

public static class PrincipalExtensions
{
    public static string Subject(this ClaimsPrincipal user) => user.FindFirstValue(TriageClaims.Subject) ?? "anonymous";

    public static string RolesText(this ClaimsPrincipal user) => string.Join(',', user.FindAll(TriageClaims.Role).Select(c => c.Value));

    public static string? Clinic(this ClaimsPrincipal user) => user.FindFirstValue(TriageClaims.Clinic);

    public static string? Region(this ClaimsPrincipal user) => user.FindFirstValue(TriageClaims.Region);
}
