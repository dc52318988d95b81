using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Triage.Data.Consults;
using Triage.Data.Identity;

namespace Triage.Data;

public static class DatabaseProviderServices
{
    /// <summary>Registers the provider and the paths it chooses; the context factory is registered by the provider's own extension.</summary>
    public static IServiceCollection AddDatabaseProvider(this IServiceCollection services, IDatabaseProvider provider)
    {
        services.AddSingleton(provider);
        services.AddSingleton(sp => provider.ActiveTerminals(sp.GetRequiredService<IDbContextFactory<TriageDbContext>>()));
        services.AddSingleton(sp => provider.OnDutyRoster(sp.GetRequiredService<IDbContextFactory<TriageDbContext>>()));
        return services;
    }
}
