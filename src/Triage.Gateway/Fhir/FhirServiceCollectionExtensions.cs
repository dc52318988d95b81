namespace Triage.Gateway.Fhir;

public static class FhirServiceCollectionExtensions
{
    public static IServiceCollection AddTriageFhir(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FhirOptions>().Bind(configuration.GetSection(FhirOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FhirBundleBuilder>();
        services.AddSingleton<FhirExport>();
        return services;
    }
}
