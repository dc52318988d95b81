using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Triage.Data;
using Triage.Contracts.V1;
using Triage.Data.Consults;
using Triage.Data.Geography;
using Telemed.Hub.Consults;
using Triage.Engine;
using Triage.Gateway.Admin;
using Triage.Gateway.Auth;
using Triage.Contracts;

namespace Triage.Gateway.Hosting;

public static class DatabaseStartup
{
    /// <summary>Creates or migrates the database and adds the seeded geography before the gateway takes calls.</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<TriageDbContext>>().CreateDbContextAsync();
        await app.Services.GetRequiredService<IDatabaseProvider>().MigrateAsync(db, app.Lifetime.ApplicationStopping);

        var stopping = app.Lifetime.ApplicationStopping;
        await GeographySeeder.SeedAsync(db, await ReadSeedAsync<GeographySeed>(options.GeographySeedFile), stopping);
        await RosterSeeder.SeedAsync(db, await ReadSeedAsync<RosterSeed>(options.RosterSeedFile), SpecialtyCode, stopping);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in new[] { FeldsherRole.Name, SpecialistRole.Name, AdminRole.Name })
            {
                if (!await roles.RoleExistsAsync(role))
                {
                    await roles.CreateAsync(new IdentityRole(role));
                }
            }
        }

        app.Logger.LogInformation("Database {DataSource} ready; {ClinicCount} clinics, {SpecialistCount} specialists known",
            db.Database.GetDbConnection().DataSource, await db.Clinics.CountAsync(), await db.Specialists.CountAsync());
    }

    private static async Task<T> ReadSeedAsync<T>(string file)
    {
        var path = Path.GetFullPath(file, AppContext.BaseDirectory);
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<T>(stream, JsonSerializerOptions.Web) ?? throw new InvalidOperationException($"{path} is empty.");
    }

    private static int SpecialtyCode(string name) =>
        WireName.TryParse<Specialty>(name, out var specialty) && specialty != Specialty.Unspecified
            ? (int)specialty
            : throw new InvalidOperationException($"Unknown specialty '{name}' in the roster seed; use names such as CARDIOLOGY.");
}
