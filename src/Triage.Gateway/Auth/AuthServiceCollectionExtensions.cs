using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using Telemed.Hub.Consults;
using Triage.Data;
using Triage.Data.Identity;

namespace Triage.Gateway.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// JWT bearer for every caller (gRPC metadata, HTTP header, or access_token for browsers' SignalR); everything
    /// needs an authenticated caller unless it says otherwise; Identity keeps people's passwords and lockouts.
    /// </summary>
    public static WebApplicationBuilder AddTriageAuth(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(AuthOptions.Section);
        builder.Services.AddOptions<AuthOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var options = section.Get<AuthOptions>() ?? new AuthOptions();
        var key = SigningKeySource.Load(options, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(key);
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddSingleton<TerminalCredentials>();
        builder.Services.AddSingleton<TerminalEnrolment>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();

        builder.Services.AddIdentityCore<TriageUser>(identity =>
            {
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                // Length over composition rules (NIST SP 800-63B, 5.1.1.2).
                identity.Password.RequiredLength = 12;
                identity.Password.RequireDigit = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TriageDbContext>()
            .AddSignInManager();
        builder.Services.AddScoped(sp => sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TriageDbContext>>().CreateDbContext());

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            if (!string.IsNullOrEmpty(options.Authority))
            {
                jwt.Authority = options.Authority;
            }

            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Audience,
                IssuerSigningKey = key,
                ClockSkew = options.ClockSkew,
                NameClaimType = TriageClaims.Subject,
                RoleClaimType = options.RoleClaim,
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
                OnTokenValidated = async context =>
                {
                    // A terminal's token outlives its revocation by at most one call.
                    if (context.Principal!.IsInRole(FeldsherRole.Name)
                        && !await context.HttpContext.RequestServices.GetRequiredService<TerminalEnrolment>()
                            .IsActiveAsync(context.Principal.Identity!.Name ?? "", context.HttpContext.RequestAborted))
                    {
                        context.Fail("This terminal's enrolment was revoked.");
                    }
                },
            };
        });
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }
}
