using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using StackExchange.Redis;
using Telemed.Hub.Calls;
using Telemed.Hub.Events;

namespace Triage.Gateway.ScaleOut;

/// <summary>
/// With <c>ConnectionStrings:Redis</c> set, gateways share one Redis: the SignalR backplane (a specialist on any
/// instance hears of a case submitted on any other), the case-event relay (gRPC watchers likewise) and the call-signal relay (a terminal hears a specialist on another instance).
/// Without it the gateway runs alone, as before.
/// </summary>
public static class ScaleOutServiceCollectionExtensions
{
    public static IServiceCollection AddTriageScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetConnectionString("Redis") is not { Length: > 0 } connectionString)
        {
            return services;
        }

        var options = ConfigurationOptions.Parse(connectionString);
        // Start even while Redis is briefly away; the client reconnects by itself.
        options.AbortOnConnectFail = false;
        services.AddSignalR().AddStackExchangeRedis(redis =>
        {
            redis.Configuration = options.Clone();
            redis.Configuration.ChannelPrefix = RedisChannel.Literal("triage-hub");
        });
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        services.AddSingleton<ICaseEventRelay, RedisCaseEventPublisher>();
        services.AddHostedService<RedisCaseEventSubscriber>();
        services.AddSingleton<ICallSignalRelay, RedisCallSignalPublisher>();
        services.AddHostedService<RedisCallSignalSubscriber>();
        return services;
    }
}
