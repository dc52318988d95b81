using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Triage.Gateway.Auth;

/// <summary>Issues short-lived signed tokens naming a subject and their role.</summary>
public sealed class TokenIssuer(SymmetricSecurityKey key, IOptions<AuthOptions> options, TimeProvider clock)
{
    public string Issue(string subject, string role, string name)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("role", role), new Claim("name", name)]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + options.Value.TokenLifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
