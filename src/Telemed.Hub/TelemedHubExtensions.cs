using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telemed.Hub.Calls;
using Telemed.Hub.Consults;
using Telemed.Hub.Escalation;
using Telemed.Hub.Events;
using Telemed.Hub.Routing;
using Triage.Data.Consults;
using Triage.Data.Geography;

namespace Telemed.Hub;

public static class TelemedHubExtensions
{
    public static IServiceCollection AddTelemedHub(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSignalR();
        services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();
        services.AddSingleton<CaseEventFeed>();
        services.AddSingleton<ConsultStore>();
        services.AddSingleton<ClinicPlaces>();
        services.AddSingleton<ConsultRouter>();
        services.AddSingleton<ConsultNotifier>();
        services.AddSingleton<SpecialistDirectory>();
        services.AddSingleton<ConsultVisibility>();
        services.AddSingleton<ConsultWorkflow>();
        services.AddOptions<EscalationOptions>()
            .Bind(configuration.GetSection(EscalationOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHostedService<EscalationService>();
        services.AddSingleton<IValidateOptions<CallOptions>, CallOptionsValidator>();
        services.AddOptions<CallOptions>().Bind(configuration.GetSection(CallOptions.Section)).ValidateOnStart();
        services.AddSingleton<IceServerIssuer>();
        services.AddSingleton<CallSignalBoard>();
        services.AddSingleton<ConsultCalls>();
        return services;
    }

    public static IEndpointRouteBuilder MapTelemedHub(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<ConsultHub>(ConsultHub.Path);
        return endpoints;
    }
}
