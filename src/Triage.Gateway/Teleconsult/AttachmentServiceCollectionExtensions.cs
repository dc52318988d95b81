using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Triage.Data;

namespace Triage.Gateway.Teleconsult;

public static class AttachmentServiceCollectionExtensions
{
    public static IServiceCollection AddTeleconsultAttachments(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<AttachmentOptions>().Bind(configuration.GetSection(AttachmentOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AttachmentOptions>>();
            var folder = Path.GetFullPath(options.Value.Folder, contentRoot);
            Directory.CreateDirectory(folder);
            return new AttachmentStore(sp.GetRequiredService<IDbContextFactory<TriageDbContext>>(), options, folder, sp.GetRequiredService<TimeProvider>());
        });
        return services;
    }
}
