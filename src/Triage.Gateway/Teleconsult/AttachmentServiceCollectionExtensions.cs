using Microsoft.Extensions.Options;
using Triage.Data.Attachments;

namespace Triage.Gateway.Teleconsult;

public static class AttachmentServiceCollectionExtensions
{
    public static IServiceCollection AddTeleconsultAttachments(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<AttachmentOptions>().Bind(configuration.GetSection(AttachmentOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AttachmentRecords>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AttachmentOptions>>();
            var folder = Path.GetFullPath(options.Value.Folder, contentRoot);
            Directory.CreateDirectory(folder);
            return new AttachmentStore(sp.GetRequiredService<AttachmentRecords>(), options, folder, sp.GetRequiredService<TimeProvider>());
        });
        return services;
    }
}
