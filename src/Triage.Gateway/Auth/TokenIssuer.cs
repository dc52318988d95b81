using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Triage.Gateway.Auth;

/// <summary>Issues short-lived signed tokens naming a subject, their roles and the places they act for.</summary>
public sealed class TokenIssuer(SymmetricSecurityKey key, IOptions<AuthOptions> options, TimeProvider clock)
{
    public IssuedToken Issue(string subject, IEnumerable<string> roles, string name, IEnumerable<Claim>? extra = null, TimeSpan? lifetime = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + (lifetime ?? options.Value.TokenLifetime);
        var claims = new List<Claim> { new(TriageClaims.Subject, subject), new(TriageClaims.Name, name) };
        claims.AddRange(roles.Select(r => new Claim(TriageClaims.Role, r)));
        claims.AddRange(extra ?? []);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, new DateTimeOffset(expires, TimeSpan.Zero));
    }

    public string Issue(string subject, string role, string name) => Issue(subject, [role], name).Token;
}
