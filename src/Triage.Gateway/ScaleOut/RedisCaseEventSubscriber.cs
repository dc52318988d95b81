using StackExchange.Redis;
using Telemed.Hub.Events;

namespace Triage.Gateway.ScaleOut;

/// <summary>Hands case events committed by other instances to this instance's feed, which wakes its gRPC watchers.</summary>
internal sealed class RedisCaseEventSubscriber(IConnectionMultiplexer redis, CaseEventFeed feed) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        redis.GetSubscriber().SubscribeAsync(RedisCaseEvents.Channel, (_, message) =>
        {
            if (RedisCaseEvents.Unwrap((byte[])message!) is { } caseEvent)
            {
                feed.Deliver(caseEvent);
            }
        });

    public Task StopAsync(CancellationToken cancellationToken) => redis.GetSubscriber().UnsubscribeAsync(RedisCaseEvents.Channel);
}
