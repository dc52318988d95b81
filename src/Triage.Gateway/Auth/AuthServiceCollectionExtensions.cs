using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Telemed.Hub.Consults;

namespace Triage.Gateway.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>JWT bearer for every caller; browsers' SignalR connections may carry the token as access_token.</summary>
    public static WebApplicationBuilder AddTriageAuth(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(AuthOptions.Section);
        builder.Services.AddOptions<AuthOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var options = section.Get<AuthOptions>() ?? new AuthOptions();
        var key = SigningKeySource.Load(options, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(key);
        builder.Services.AddSingleton<TokenIssuer>();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Audience,
                IssuerSigningKey = key,
                ClockSkew = options.ClockSkew,
                NameClaimType = "sub",
                RoleClaimType = "role",
            };
            jwt.Events = new JwtBearerEvents
            {
                OnMessageReceived = context =>
                {
                    // Browsers cannot set headers on WebSockets or server-sent events.
                    if (context.HttpContext.Request.Path.StartsWithSegments(ConsultHub.Path) && context.Request.Query["access_token"] is [{ } token])
                    {
                        context.Token = token;
                    }

                    return Task.CompletedTask;
                },
            };
        });
        builder.Services.AddAuthorization();
        return builder;
    }
}
