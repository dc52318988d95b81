using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Triage.Data;
using Triage.Data.Geography;

namespace Triage.Gateway.Hosting;

public static class DatabaseStartup
{
    /// <summary>Creates or migrates the database and adds the seeded geography before the gateway takes calls.</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<TriageDbContext>>().CreateDbContextAsync();
        await DatabaseInitializer.MigrateAsync(db, app.Lifetime.ApplicationStopping);

        var seedPath = Path.GetFullPath(options.GeographySeedFile, AppContext.BaseDirectory);
        await using var seedStream = File.OpenRead(seedPath);
        var seed = await JsonSerializer.DeserializeAsync<GeographySeed>(seedStream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"{seedPath} is empty.");
        await GeographySeeder.SeedAsync(db, seed, app.Lifetime.ApplicationStopping);
        app.Logger.LogInformation("Database {DataSource} ready; {ClinicCount} clinics known", db.Database.GetDbConnection().DataSource, await db.Clinics.CountAsync());
    }
}
